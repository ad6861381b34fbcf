package org.hallkiosk.kiosk.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.content.reload.ContentSnapshot;
import org.hallkiosk.content.search.SearchHit;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.device.printer.StatusReading;
import org.hallkiosk.kiosk.print.notice.NoticePrinter;
import org.hallkiosk.kiosk.session.Session;
import org.junit.jupiter.api.Test;

/** The guide's view models, without a display. */
class GuideModelsTest {

    static final ContentSnapshot CONTENT = CatalogueHolder.bundled().current();
    static final Catalogue CATALOGUE = CONTENT.catalogue();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Executor NOW = Runnable::run;

    @Test
    void browseCountsMatchTheCatalogueAndSkipEmptyThemes() {
        GuideBrowser b = new GuideBrowser(CATALOGUE);
        assertThat(b.count(Audience.PERSON)).isEqualTo(CATALOGUE.itemsFor(Audience.PERSON).size()).isPositive();
        assertThat(b.count(Audience.LEGAL_PERSON)).isPositive();
        List<GuideBrowser.Choice<org.hallkiosk.content.model.Theme>> themes = b.themes(Audience.PERSON);
        assertThat(themes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.count()).isPositive().isEqualTo(CATALOGUE.itemsOf(c.target()).size());
            assertThat(c.target().audience()).isEqualTo(Audience.PERSON);
        });
        assertThat(b.departments()).allSatisfy(c -> assertThat(c.count()).isPositive());
        assertThat(b.departments().stream().mapToInt(GuideBrowser.Choice::count).sum()).isEqualTo(CATALOGUE.items().size());
    }

    @Test
    void itemListArgumentsNameAThemeOrADepartmentOrNothing() {
        GuideBrowser b = new GuideBrowser(CATALOGUE);
        var theme = b.themes(Audience.LEGAL_PERSON).get(0).target();
        assertThat(b.items(GuideRoutes.items(theme).argument())).get()
                .satisfies(l -> assertThat(l.items()).isEqualTo(CATALOGUE.itemsOf(theme)));
        assertThat(b.items(GuideRoutes.items(CATALOGUE.department("scjg").orElseThrow()).argument())).get()
                .satisfies(l -> assertThat(l.items()).extracting(ServiceItem::name).contains("公司设立登记"));
        assertThat(b.items("theme:个人/没有这个主题")).isEmpty();
        assertThat(b.items("department:nope")).isEmpty();
        assertThat(b.items("whatever")).isEmpty();
    }

    @Test
    void searchUpdatesOnEveryKeyAndRemembersTheQueryInTheSession() {
        Session session = new Session();
        SearchViewModel vm = new SearchViewModel(CONTENT.search(), session, List.of("营业执照", "没有这种事项xyz"));
        assertThat(vm.popular()).as("a popular search that finds nothing is not offered").containsExactly("营业执照");
        assertThat(vm.results()).isEmpty();
        List<Integer> sizes = new ArrayList<>();
        for (char c : "yyzz".toCharArray()) {
            vm.keyboard().type(c);
            assertThat(vm.results()).extracting(SearchHit::item)
                    .containsExactlyElementsOf(CONTENT.search().search(vm.keyboard().text(), SearchViewModel.MAX_RESULTS)
                            .stream().map(SearchHit::item).toList());
            sizes.add(vm.results().size());
        }
        assertThat(vm.results()).extracting(h -> h.item().name()).anyMatch(n -> n.contains("营业执照"));
        assertThat(session.get(SearchViewModel.QUERY)).contains("yyzz");

        SearchViewModel back = new SearchViewModel(CONTENT.search(), session, List.of());
        assertThat(back.keyboard().text()).as("返回 from an item finds the search again").isEqualTo("yyzz");
        assertThat(back.results()).isNotEmpty();
        back.keyboard().clear();
        assertThat(back.results()).isEmpty();
        assertThat(session.get(SearchViewModel.QUERY)).isEmpty();
        back.choose("营业执照");
        assertThat(back.results()).isNotEmpty();
        session.wipe();
        assertThat(new SearchViewModel(CONTENT.search(), session, List.of()).keyboard().text()).isEmpty();
    }

    @Test
    void theDefaultPopularSearchesAllFindSomething() {
        SearchViewModel vm = new SearchViewModel(CONTENT.search(), new Session(), GuideSettings.defaults().popularSearches());
        assertThat(vm.popular()).containsExactlyElementsOf(GuideSettings.defaults().popularSearches());
    }

    @Test
    void printingReportsSuccessAndEachFailureReason() {
        ServiceItem company = CATALOGUE.item("99010100SJ-XK-0001").orElseThrow();
        List<Receipt> printed = new ArrayList<>();
        PrintResult[] answer = {new PrintResult.Printed(900, List.of())};
        NoticePrinter printer = new NoticePrinter(() -> Optional.of(new NoticePrinter.Target(new StubPrinter(printed, answer),
                PrinterSettings.defaults())));
        ItemDetailViewModel vm = new ItemDetailViewModel(CATALOGUE, company, CLOCK, printer, NOW, NOW, Optional.empty());
        vm.printNotice();
        assertThat(vm.printStateProperty().get()).isInstanceOf(PrintState.Printed.class);
        assertThat(printed).hasSize(1);

        answer[0] = new PrintResult.Failed(PrintFailure.PAPER_OUT, "status says paper out");
        vm.printNotice();
        assertThat(vm.printStateProperty().get()).isEqualTo(new PrintState.Failed(PrintFailure.PAPER_OUT));
        assertThat(PrintState.failureKey(PrintFailure.PAPER_OUT)).isEqualTo("guide.print.failed.paper");
        assertThat(PrintState.failureKey(PrintFailure.NO_ANSWER)).isEqualTo("guide.print.failed.offline");
        assertThat(PrintState.failureKey(PrintFailure.DISCONNECTED)).isEqualTo("guide.print.failed.offline");

        ItemDetailViewModel none = new ItemDetailViewModel(CATALOGUE, company, CLOCK, new NoticePrinter(Optional::empty),
                NOW, NOW, Optional.empty());
        none.printNotice();
        assertThat(none.printStateProperty().get()).isEqualTo(new PrintState.Failed(PrintFailure.OFFLINE));
    }

    @Test
    void aSecondPressWhilePrintingDoesNotPrintTwice() {
        ServiceItem company = CATALOGUE.item("99010100SJ-XK-0001").orElseThrow();
        List<Runnable> queued = new ArrayList<>();
        List<Receipt> printed = new ArrayList<>();
        NoticePrinter printer = new NoticePrinter(() -> Optional.of(new NoticePrinter.Target(
                new StubPrinter(printed, new PrintResult[] {new PrintResult.Printed(1, List.of())}), PrinterSettings.defaults())));
        ItemDetailViewModel vm = new ItemDetailViewModel(CATALOGUE, company, CLOCK, printer, queued::add, NOW, Optional.empty());
        vm.printNotice();
        vm.printNotice();
        assertThat(queued).hasSize(1);
        assertThat(vm.printStateProperty().get()).isInstanceOf(PrintState.Printing.class);
        queued.get(0).run();
        assertThat(printed).hasSize(1);
        assertThat(vm.printStateProperty().get()).isInstanceOf(PrintState.Printed.class);
    }

    @Test
    void queueButtonOnlyWhenTheQueueIsInServiceAndALineTakesTheItem() {
        ServiceItem company = CATALOGUE.item("99010100SJ-XK-0001").orElseThrow();
        NoticePrinter printer = new NoticePrinter(Optional::empty);
        assertThat(new ItemDetailViewModel(CATALOGUE, company, CLOCK, printer, NOW, NOW, Optional.empty()).queueLine()).isEmpty();
        List<String> chosen = new ArrayList<>();
        ItemDetailViewModel vm = new ItemDetailViewModel(CATALOGUE, company, CLOCK, printer, NOW, NOW, Optional.of(chosen::add));
        assertThat(vm.queueLine()).get().extracting(l -> l.prefix()).isEqualTo("A");
        vm.takeTicket();
        assertThat(chosen).containsExactly("A");
        assertThat(vm.qrPayload()).isEqualTo("https://zwfw.example.org/guide?code=99010100SJ-XK-0001");
    }

    @Test
    void popularSearchesAreReadFromOneLine() {
        assertThat(GuideSection.terms("营业执照, 身份证，社保卡、 公积金 ,,")).containsExactly("营业执照", "身份证", "社保卡", "公积金");
        assertThatThrownBy(() -> GuideSection.terms("这是一个长得放不进按钮里的搜索词")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long");
    }

    /** Answers every print with the given result and keeps what it was asked to print. */
    private record StubPrinter(List<Receipt> printed, PrintResult[] answer) implements ReceiptPrinter {
        @Override
        public PrintResult print(Receipt receipt) {
            printed.add(receipt);
            return answer[0];
        }

        @Override
        public StatusReading readStatus() {
            throw new UnsupportedOperationException("not used by the guide");
        }

        @Override
        public String spec() {
            return "stub:";
        }

        @Override
        public void close() {
        }
    }
}
