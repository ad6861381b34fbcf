package org.hallkiosk.kiosk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.devices.Cards;
import org.hallkiosk.kiosk.devices.Scans;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.CaseLookup;
import org.hallkiosk.kiosk.progress.CaseRecord;
import org.hallkiosk.kiosk.progress.CaseSource;
import org.hallkiosk.kiosk.progress.CaseStatus;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.ReceiptKey;
import org.hallkiosk.kiosk.progress.ReceiptQrReader;
import org.hallkiosk.kiosk.progress.WorkingDays;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Field;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Notice;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 进度查询 flow without a display: demo cases, fake devices, lookups run when the test says so. */
class ProgressViewModelTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    final AdjustableClock clock = new AdjustableClock(java.time.Instant.parse("2026-11-27T01:30:00Z"), ZONE);
    final Session session = new Session();
    final ShellViewModel shell = new ShellViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), session, new IdleTimer(clock, Duration.ofSeconds(60)));
    final Deque<Runnable> pending = new ArrayDeque<>();
    final Executor queued = pending::add;
    final FakeScanner scanner = new FakeScanner();
    final FakeReader reader = new FakeReader();
    CaseInquiry inquiry;
    ProgressViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        inquiry = new CaseInquiry(DemoCases.store(LocalDate.of(2026, 11, 27), ZONE),
                new ReceiptQrReader(ProgressSettings.defaults().qrRules()), true, WorkingDays.mondayToFriday(), clock);
        vm = model(ProgressSettings.defaults(), inquiry);
        shell.wake();
    }

    @AfterEach
    void tearDown() {
        inquiry.close();
    }

    ProgressViewModel model(ProgressSettings settings, CaseInquiry source) {
        return new ProgressViewModel(shell, settings, () -> source, reader, scanner, queued, Runnable::run);
    }

    /** Runs the lookups waiting on the background executor. */
    void finishLookups() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Test
    void aScannedReceiptShowsItsCase() {
        shell.open(Page.START.route());
        assertThat(scanner.listener).as("the scanner is listened to while the tile is open").isNotNull();
        scanner.scan(DemoCases.RECEIPT_QR);
        assertThat(vm.busyProperty().get()).isTrue();
        finishLookups();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.CASE);
        assertThat(shell.current()).isEqualTo(Page.CASE.route());
        CaseRecord shown = vm.shownProperty().get();
        assertThat(shown.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(shown.maskedApplicant()).isEqualTo("李*");
        assertThat(session.get(ProgressViewModel.VISIT)).hasValueSatisfying(v -> assertThat(v.shown()).contains(shown));

        shell.back();
        assertThat(vm.pageProperty().get()).as("返回 from a scanned case goes to the start page").isEqualTo(Page.START);
    }

    @Test
    void anUnrecognisedCodeSaysSoAndStays() {
        shell.open(Page.START.route());
        scanner.scan("https://weixin.qq.com/r/abc");
        finishLookups();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.UNRECOGNISED_QR);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.START);
    }

    @Test
    void scansOutsideTheTileAreIgnored() {
        shell.open(Page.START.route());
        shell.home();
        assertThat(scanner.listener).isNull();
        vm.scanned(DemoCases.RECEIPT_QR);
        assertThat(pending).isEmpty();
    }

    @Test
    void theKeypadTakesTheCaseNumberThenTheQueryCode() {
        shell.open(Page.START.route());
        vm.openKeypad();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.KEYPAD);
        vm.next();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.INCOMPLETE_CASE_NUMBER);
        type("44010600zj-xk-0158");
        assertThat(vm.caseNumberProperty().get()).isEqualTo("44010600ZJ-XK-0158");
        assertThat(vm.noticeProperty().get()).as("typing clears the complaint").isEqualTo(Notice.NONE);
        vm.next();
        assertThat(vm.activeFieldProperty().get()).isEqualTo(Field.QUERY_CODE);
        vm.next();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.INCOMPLETE_QUERY_CODE);
        type("135791");
        vm.next();
        finishLookups();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NO_SUCH_CASE);
        assertThat(vm.caseNumberProperty().get()).as("kept for correcting").isEqualTo("44010600ZJ-XK-0158");

        vm.deleteLast();
        type("0");
        vm.submit();
        finishLookups();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.CASE);
        assertThat(vm.shownProperty().get().caseNumber()).isEqualTo("44010600ZJ-XK-0158");
        assertThat(vm.caseNumberProperty().get()).as("typed input is not kept after a lookup").isEmpty();
        shell.back();
        assertThat(vm.pageProperty().get()).as("返回 from a keyed case skips the keypad").isEqualTo(Page.START);
    }

    @Test
    void theKeypadRefusesWhatCaseNumbersCannotHold() {
        shell.open(Page.KEYPAD.route());
        type("12#3 4");
        assertThat(vm.caseNumberProperty().get()).isEqualTo("1234");
        vm.select(Field.QUERY_CODE);
        type("1-2");
        assertThat(vm.queryCodeProperty().get()).as("no '-' in a query code").isEqualTo("12");
        for (int i = 0; i < 80; i++) {
            vm.select(Field.CASE_NUMBER);
            vm.press('9');
        }
        assertThat(vm.caseNumberProperty().get()).hasSize(ProgressViewModel.MAX_CASE_NUMBER);
        vm.clearField();
        assertThat(vm.caseNumberProperty().get()).isEmpty();
    }

    @Test
    void anIdCardListsTheHoldersCasesAndNeverKeepsTheIdNumber() {
        shell.open(Page.START.route());
        vm.openCardReader();
        assertThat(reader.listening).isTrue();
        reader.place(SimulatedCards.resident());
        finishLookups();

        assertThat(vm.pageProperty().get()).isEqualTo(Page.LIST);
        assertThat(vm.cases()).hasSize(4);
        assertThat(vm.maskedHolderProperty().get()).isEqualTo("李*");
        assertThat(reader.listening).as("the reader stops once the card page closes").isFalse();
        String sessionText = String.valueOf(session.get(ProgressViewModel.VISIT).orElseThrow());
        assertThat(sessionText).doesNotContain(SimulatedCards.resident().idNumber()).doesNotContain("李四");

        CaseRecord second = vm.cases().get(1);
        vm.choose(second);
        assertThat(vm.pageProperty().get()).isEqualTo(Page.CASE);
        assertThat(vm.shownProperty().get()).isEqualTo(second);
        shell.back();
        assertThat(vm.pageProperty().get()).as("返回 from a chosen case goes back to the list").isEqualTo(Page.LIST);
    }

    @Test
    void aCardWithNoCasesAndReaderTroubleAreSaidPlainly() {
        shell.open(Page.CARD.route());
        reader.place(SimulatedCards.residentElder());
        finishLookups();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NO_CASES_FOR_HOLDER);
        reader.listener.accept(new IdCardEvent.CardUnreadable("checksum"));
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.CARD_UNREADABLE);
        reader.listener.accept(new IdCardEvent.ReaderFault("no answer", false));
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.READER_FAULT);
        reader.listener.accept(new IdCardEvent.ReaderRestored());
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NONE);
    }

    @Test
    void cardLookupCanBeSwitchedOff() {
        ProgressSettings off = new ProgressSettings(ProgressSettings.Source.DEMO, false, true,
                ProgressSettings.defaults().qrRules(), java.util.Optional.empty());
        ProgressViewModel noCards = model(off, inquiry);
        shell.open(Page.START.route());
        noCards.openCardReader();
        assertThat(noCards.noticeProperty().get()).isEqualTo(Notice.ID_CARD_OFF);
        assertThat(shell.current()).isEqualTo(Page.START.route());
    }

    @Test
    void leavingTheTileForgetsEverything() {
        shell.open(Page.START.route());
        scanner.scan(DemoCases.RECEIPT_QR);
        finishLookups();
        assertThat(session.get(ProgressViewModel.VISIT)).isPresent();

        shell.home();
        assertThat(session.get(ProgressViewModel.VISIT)).isEmpty();
        assertThat(vm.shownProperty().get()).isNull();
        assertThat(vm.cases()).isEmpty();
        assertThat(scanner.listener).isNull();

        shell.open(Page.CASE.route());
        assertThat(vm.pageProperty().get()).as("nothing to show: the start page").isEqualTo(Page.START);
    }

    @Test
    void anIdleWipeForgetsEverythingIncludingTypedInput() {
        shell.open(Page.KEYPAD.route());
        type("44010600");
        shell.timeout();
        assertThat(vm.caseNumberProperty().get()).isEmpty();
        assertThat(session.isEmpty()).isTrue();
    }

    @Test
    void aResultThatArrivesAfterTheVisitorLeftIsDropped() {
        shell.open(Page.START.route());
        scanner.scan(DemoCases.RECEIPT_QR);
        shell.home();
        shell.open(Page.START.route());
        finishLookups();
        assertThat(vm.pageProperty().get()).isEqualTo(Page.START);
        assertThat(vm.shownProperty().get()).isNull();
        assertThat(session.get(ProgressViewModel.VISIT)).isEmpty();
    }

    @Test
    void aSourceThatCannotAnswerPointsToTheDesk() {
        CaseSource down = new CaseSource() {
            @Override
            public CaseLookup byReceipt(ReceiptKey key) {
                return new CaseLookup.Unavailable("HTTP 503 after 2 attempt(s)");
            }

            @Override
            public CaseLookup byHolder(String idNumber) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String describe() {
                return "down";
            }
        };
        CaseInquiry broken = new CaseInquiry(down, new ReceiptQrReader(ProgressSettings.defaults().qrRules()), true,
                WorkingDays.mondayToFriday(), clock);
        ProgressViewModel model = model(ProgressSettings.defaults(), broken);
        shell.open(Page.START.route());
        model.scanned(DemoCases.RECEIPT_QR);
        finishLookups();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.UNAVAILABLE);
        shell.open(Page.CARD.route());
        model.cardEvent(new IdCardEvent.CardPlaced(SimulatedCards.resident()));
        finishLookups();
        assertThat(model.noticeProperty().get()).as("even an exception in a source").isEqualTo(Notice.UNAVAILABLE);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aKeyboardWedgeBurstIsAScanButSlowTypingIsNot() {
        shell.open(Page.START.route());
        long t = 1_000;
        for (char c : DemoCases.RECEIPT_QR.toCharArray()) {
            assertThat(vm.keyTyped(c, t += 5)).isTrue();
        }
        vm.enterTyped(t + 5);
        assertThat(pending).hasSize(1);
        pending.clear();

        for (char c : "44010600".toCharArray()) {
            vm.keyTyped(c, t += 300);
        }
        vm.enterTyped(t + 300);
        assertThat(pending).as("a person typing is not a scanner").isEmpty();
        shell.home();
        assertThat(vm.keyTyped('a', t + 1000)).as("keys are not taken outside the tile").isFalse();
    }

    @Test
    void oneLookupAtATime() {
        shell.open(Page.START.route());
        scanner.scan(DemoCases.RECEIPT_QR);
        scanner.scan(DemoCases.RECEIPT_QR);
        assertThat(pending).hasSize(1);
    }

    private void type(String s) {
        for (char c : s.toCharArray()) {
            vm.press(c);
        }
    }

    /** A scanner the test scans with. */
    static final class FakeScanner implements Scans {
        Consumer<String> listener;

        @Override
        public Subscription subscribe(String owner, Consumer<String> codes) {
            listener = codes;
            return () -> listener = null;
        }

        @Override
        public List<String> owners() {
            return listener == null ? List.of() : List.of("progress");
        }

        void scan(String code) {
            listener.accept(code);
        }

        @Override
        public boolean simulated() {
            return false;
        }

        @Override
        public void simulateScan(String code) {
            throw new UnsupportedOperationException();
        }
    }

    /** A reader the test places cards on. */
    static final class FakeReader implements Cards {
        Consumer<IdCardEvent> listener;
        boolean listening;

        @Override
        public Subscription subscribe(String owner, Consumer<IdCardEvent> events) {
            listener = events;
            listening = true;
            return () -> listening = false;
        }

        @Override
        public List<String> owners() {
            return listening ? List.of("progress") : List.of();
        }

        void place(IdCard card) {
            listener.accept(new IdCardEvent.CardPlaced(card));
        }

        @Override
        public boolean simulated() {
            return false;
        }

        @Override
        public void simulatePlacing(IdCard card) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void statusWordsExistInBothLanguagesForEveryStatus() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            CaseText words = new CaseText(new I18n(l));
            for (CaseStatus s : CaseStatus.values()) {
                assertThat(words.status(s)).as(l + " " + s).doesNotStartWith("‹").isNotBlank();
            }
            for (Notice n : Notice.values()) {
                if (n != Notice.NONE) {
                    assertThat(new I18n(l).get("progress.notice." + n.name())).as(l + " " + n).doesNotStartWith("‹");
                }
            }
        }
    }
}
