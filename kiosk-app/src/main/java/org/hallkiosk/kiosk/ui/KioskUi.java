package org.hallkiosk.kiosk.ui;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.hallkiosk.kiosk.admin.AdminPinGuard;
import org.hallkiosk.kiosk.admin.PinLockState;
import org.hallkiosk.kiosk.cli.KioskCtl;
import org.hallkiosk.kiosk.devices.DeviceChecks;
import org.hallkiosk.kiosk.help.HelpRelay;
import org.hallkiosk.kiosk.help.StaffCall;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.ui.admin.AdminView;
import org.hallkiosk.kiosk.ui.admin.AdminViewModel;
import org.hallkiosk.kiosk.ui.admin.PinPadView;
import org.hallkiosk.kiosk.ui.admin.PinPadViewModel;
import org.hallkiosk.kiosk.ui.attract.AttractViewModel;
import org.hallkiosk.kiosk.ui.home.HomeView;
import org.hallkiosk.kiosk.ui.progress.ProgressScreen;
import org.hallkiosk.kiosk.ui.queue.QueueScreens;

/** Assembles the kiosk's UI from a {@link KioskContext}: view models, screens, the scene and its clock. */
public final class KioskUi {

    /** Announcements change every this many ticks (seconds). */
    static final int ANNOUNCEMENT_SECONDS = 8;
    /** How often the kiosk checks whether the service day changed, to erase the day's identity codes. */
    static final int DAY_CHECK_SECONDS = 60;

    private final KioskContext context;
    private final ShellViewModel shell;
    private final AttractViewModel attract;
    private final AdminPinGuard pinGuard;
    private final Controls controls;
    private final StringProperty clockText = new SimpleStringProperty();
    private final StringProperty hallName = new SimpleStringProperty();
    private final Map<String, Screen> screens = new HashMap<>();
    private final ShellView view;
    private final StaffCall staffCall;
    private QueueScreens queue;
    private Timeline ticker;
    private long ticks;

    public KioskUi(KioskContext context) {
        this.context = context;
        // before any node is styled: the stylesheet's family must resolve, to the bundled copy if need be
        CjkFont.ensureLoaded();
        I18n i18n = new I18n(context.config().language());
        this.controls = new Controls(i18n);
        this.staffCall = new StaffCall(context.config().kioskId());
        this.shell = new ShellViewModel(i18n, new Session(), new IdleTimer(context.clock(), context.config().idleTimeout()));
        this.attract = new AttractViewModel(context.announcements());
        this.pinGuard = new AdminPinGuard(context.config().adminPinHash(), context.clock(),
                PinLockState.Store.file(context.data().root().resolve(PinLockState.FILE_NAME)));
        registerScreens();
        refreshClock();
        refreshHallName();
        i18n.localeProperty().addListener((o, a, b) -> {
            refreshClock();
            refreshHallName();
        });
        this.view = new ShellView(shell, controls, screens, hallName, clockText, attract);
        // the shell listens for the kiosk's whole life, so these subscriptions are never closed
        context.devices().presence().subscribe("shell", present -> {
            if (present) {
                FxPlatform.onFxThread(shell::arrival);
            }
        });
        context.devices().help().subscribe("shell", press -> FxPlatform.onFxThread(() -> shell.helpRequested(ShellViewModel.HelpSource.BUTTON)));
        shell.onHelpRequested(source -> staffCall.call(source.name()));
    }

    private void registerScreens() {
        screens.put(Route.HOME, r -> HomeView.create(shell, controls));
        org.hallkiosk.kiosk.ui.guide.GuideScreens.of(shell, controls, context, java.util.Optional.of(line -> queue.model().choose(line))).registerWith(screens::put);
        screens.put(Route.QUEUE, queue = new QueueScreens(context, shell, controls));
        screens.put(Route.PROGRESS, new ProgressScreen(shell, controls, context));
        screens.put(Route.ADMIN_PIN, r -> PinPadView.create(controls,
                new PinPadViewModel(pinGuard, controls.i18n(), shell::adminAccepted)));
        screens.put(Route.ADMIN, r -> AdminView.create(controls,
                new AdminViewModel(KioskCtl.version(), context.config(), context.configSource(),
                        context.data().logs().resolve("kiosk.log"), context.content()),
                new DeviceChecks(context.devices(), context.clock()),
                java.util.List.of(queue.reprintPanel()),
                shell::home, context.exit()));
    }

    /** Adds or replaces the screen for a route name; the flows of later features register here. */
    public void register(String screen, Screen factory) {
        screens.put(screen, factory);
    }

    /**
     * Hall mode's hook: 呼叫工作人员 and the help button are relayed to the hall too ({@code POST /api/v1/help}), not
     * only logged and shown on this kiosk.
     */
    public void relayHelpTo(HelpRelay hall) {
        staffCall.relayTo(hall);
    }

    /** The 取号排队 tile: device events (card, scan, printer) and the walkthrough reach the queue flow here. */
    public QueueScreens queue() {
        return queue;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ShellView view() {
        return view;
    }

    /** A scene of the given size with the theme and the kiosk stylesheet. */
    public Scene scene(double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(KioskUi.class.getResource("kiosk.css").toExternalForm());
        view.guardKeys(scene);
        return scene;
    }

    /** Starts the one-second tick: clock, idle timeout, announcements. */
    public void startTicking() {
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** One second of kiosk life; the walkthrough and tests call it directly with their own clock. */
    public void tick() {
        ticks++;
        refreshClock();
        shell.tick();
        if (ticks % ANNOUNCEMENT_SECONDS == 0) {
            attract.next();
        }
        if (ticks % DAY_CHECK_SECONDS == 0) {
            queue.forgetPastDays();
        }
    }

    public void stopTicking() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    /** Stops the tick and closes every screen's threads, databases and device subscriptions. */
    public void close() {
        stopTicking();
        screens.values().stream().distinct().forEach(Screen::close);
    }

    /**
     * Shows the kiosk on {@code stage}: full-screen and locked down, or windowed for development.
     * {@code onReady} runs once the first frame has been laid out and the home screen takes touches.
     */
    public void show(Stage stage, boolean windowed, Runnable onReady) {
        Rectangle2D bounds = javafx.stage.Screen.getPrimary().getBounds();
        Scene scene = windowed ? scene(Math.min(1280, bounds.getWidth()), Math.min(800, bounds.getHeight()))
                : scene(bounds.getWidth(), bounds.getHeight());
        if (!windowed) {
            // Bare X11 and cage have no window manager: size the window to the screen ourselves.
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            scene.setCursor(Cursor.NONE);
            lockDown(stage);
        }
        stage.setTitle(controls.i18n().get("app.title"));
        stage.setScene(scene);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(onReady);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
        startTicking();
    }

    /**
     * What makes the window a kiosk rather than an application: admin is off while the factory PIN is in use, and
     * the window's close request is refused everywhere but on the admin screen reached with the PIN.
     */
    void lockDown(Stage stage) {
        if (context.config().usesFactoryPin()) {
            // Anyone could type 000000: until an operator sets a PIN, nobody reaches admin on the hall floor.
            shell.disableAdmin();
        }
        stage.setOnCloseRequest(e -> {
            if (!shell.guardsLifted()) {
                e.consume();
            }
        });
    }

    private void refreshClock() {
        LocalDateTime now = LocalDateTime.now(context.clock());
        I18n i18n = controls.i18n();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(i18n.get("clock.dateFormat"), i18n.locale());
        clockText.set(now.format(format));
    }

    /** Re-reads the hall's name, e.g. after the catalogue was reloaded. */
    public void refreshHallName() {
        String configured = context.config().hallName();
        String name = configured.isBlank() ? context.hallName().get() : configured;
        if (configured.isBlank() && !controls.i18n().isChinese() && name != null) {
            // the catalogue's own name: its English twin (hall.yaml nameEn) when it has one
            String chinese = name;
            name = context.contentIfLoaded().map(c -> c.current().catalogue().hall())
                    .filter(h -> h.name().equals(chinese)).map(h -> h.name(true)).orElse(name);
        }
        hallName.set(name == null || name.isBlank() ? controls.i18n().get("hall.defaultName") : name);
    }
}
