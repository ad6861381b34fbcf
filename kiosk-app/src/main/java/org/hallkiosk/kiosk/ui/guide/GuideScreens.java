package org.hallkiosk.kiosk.ui.guide;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hallkiosk.kiosk.ui.FxPlatform;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.reload.ContentSnapshot;
import org.hallkiosk.kiosk.print.notice.NoticePrinter;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.Screen;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/**
 * Wires 办事指南: one screen factory per guide route, each reading the catalogue snapshot in force when it
 * opens (a content reload shows on the next screen, never half-way through one).
 */
public final class GuideScreens {

    private final ShellViewModel shell;
    private final Controls controls;
    private final Supplier<ContentSnapshot> content;
    private final GuideSettings settings;
    private final NoticePrinter printer;
    private final Clock clock;
    private final Optional<Consumer<String>> takeTicket;
    private final ExecutorService printing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guide-print");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param content    the catalogue and its search index as they are now
     * @param takeTicket starts the 取号排队 flow on a line (by prefix); empty while the queue is not in service,
     *                   and then no item offers 取号办理
     */
    public GuideScreens(ShellViewModel shell, Controls controls, Supplier<ContentSnapshot> content, GuideSettings settings,
                        NoticePrinter printer, Clock clock, Optional<Consumer<String>> takeTicket) {
        this.shell = shell;
        this.controls = controls;
        this.content = content;
        this.settings = settings;
        this.printer = printer;
        this.clock = clock;
        this.takeTicket = settings.queueButton() ? takeTicket : Optional.empty();
    }

    /** Registers every guide route with {@code register} (e.g. {@code screens::put}). */
    public void registerWith(BiConsumer<String, Screen> register) {
        register.accept(Route.GUIDE, r -> {
            ContentSnapshot now = content.get();
            return GuideHomeView.create(shell, controls, new GuideBrowser(now.catalogue()),
                    SearchViewModel.offered(now.search(), settings.popularSearches()));
        });
        register.accept(GuideRoutes.THEMES, r -> GuideBrowser.audience(r.argument())
                .map(a -> ChoiceListView.themes(shell, controls, browser(), a))
                .orElseGet(this::gone));
        register.accept(GuideRoutes.DEPARTMENTS, r -> ChoiceListView.departments(shell, controls, browser()));
        register.accept(GuideRoutes.ITEMS, r -> {
            GuideBrowser browser = browser();
            return browser.items(r.argument()).map(list -> ItemListView.create(shell, controls, browser, list))
                    .orElseGet(this::gone);
        });
        register.accept(GuideRoutes.SEARCH, r -> {
            ContentSnapshot now = content.get();
            return SearchView.create(shell, controls,
                    new SearchViewModel(now.search(), shell.session(), settings.popularSearches()));
        });
        register.accept(GuideRoutes.ITEM, r -> {
            Catalogue catalogue = content.get().catalogue();
            return catalogue.item(r.argument()).map(i -> detail(catalogue, i)).orElseGet(this::gone);
        });
        register.accept(GuideRoutes.QR, r -> {
            Catalogue catalogue = content.get().catalogue();
            return catalogue.item(r.argument()).map(i -> {
                shell.holdScreen(settings.qrScreenSeconds()); // long enough to photograph, no warning over it
                return ItemQrView.create(controls, i, catalogue.onlineUrl(i));
            }).orElseGet(this::gone);
        });
    }

    /**
     * The guide of a running kiosk: catalogue, settings, clock and receipt printer from {@code context};
     * {@code takeTicket} as for the constructor.
     */
    public static GuideScreens of(ShellViewModel shell, Controls controls, KioskContext context,
                                  Optional<Consumer<String>> takeTicket) {
        NoticePrinter printer = new NoticePrinter(() -> context.devices().printer()
                .map(p -> new NoticePrinter.Target(p, p.driver().settings())));
        return new GuideScreens(shell, controls, () -> context.content().current(),
                context.config().section(GuideSettings.class), printer, context.clock(), takeTicket);
    }

    private GuideBrowser browser() {
        return new GuideBrowser(content.get().catalogue());
    }

    private Node detail(Catalogue catalogue, ServiceItem item) {
        ItemDetailViewModel vm = new ItemDetailViewModel(catalogue, item, clock, printer, printing,
                FxPlatform::onFxThread, takeTicket);
        return ItemDetailView.create(shell, controls, vm);
    }

    /** What shows when a route's item, theme or department is no longer in the catalogue (content was edited). */
    private Node gone() {
        VBox page = GuideParts.page("screen-guide-gone",
                GuideParts.heading(GuideParts.words(controls, "guide.gone.title"), GuideParts.words(controls, "guide.gone.body")));
        page.getChildren().add(controls.button("guide-gone-start", "guide.gone.start", "mdi2b-book-open-page-variant",
                () -> shell.open(Route.of(Route.GUIDE))));
        return page;
    }
}
