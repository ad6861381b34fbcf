package org.hallkiosk.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;

/**
 * The kiosk's outer logic, testable without a display: where the visitor is, the way back, elder mode,
 * language, the attract loop and the idle timeout that wipes the visitor's session.
 */
public final class ShellViewModel {

    /**
     * Seconds before the timeout at which the 还在使用吗？ overlay comes up: WCAG 2.2.1 asks for at least 20 s to say
     * "I am still here" with one simple action (继续使用).
     */
    public static final long WARNING_SECONDS = 20;
    /** How long the "staff are on the way" banner stays. */
    static final long HELP_BANNER_SECONDS = 60;

    private final ObjectProperty<Route> current = new SimpleObjectProperty<>(Route.home());
    private final Deque<Route> history = new ArrayDeque<>();
    private final BooleanProperty elderMode = new SimpleBooleanProperty(false);
    private final BooleanProperty attractShowing = new SimpleBooleanProperty(true);
    private final LongProperty idleSecondsLeft = new SimpleLongProperty();
    private final BooleanProperty helpComing = new SimpleBooleanProperty(false);
    private final LongProperty redraws = new SimpleLongProperty();
    private long helpSecondsLeft;
    private Consumer<HelpSource> helpListener = source -> { };
    private final I18n i18n;
    private final Locale defaultLocale;
    private final Session session;
    private final IdleTimer idle;
    private boolean adminEnabled = true;
    private boolean adminUnlocked;
    /** When the admin corner was pressed, while it is held; timed on the kiosk's clock. */
    private Instant cornerPressedAt;

    /** How long the hidden corner must be held to open the PIN pad. */
    public static final Duration ADMIN_HOLD = Duration.ofSeconds(3);

    public ShellViewModel(I18n i18n, Session session, IdleTimer idle) {
        this.i18n = i18n;
        this.defaultLocale = i18n.locale();
        this.session = session;
        this.idle = idle;
        idleSecondsLeft.set(idle.secondsLeft());
        // Leaving the admin screen, by any way, locks it again: the next visit needs the PIN. A screen's hold on the
        // timeout (a ticket, a QR code) ends with the screen.
        current.addListener((o, was, now) -> {
            idle.release();
            idleSecondsLeft.set(idle.secondsLeft());
            if (!now.screen().equals(Route.ADMIN)) {
                adminUnlocked = false;
            }
        });
    }

    /**
     * Turns the admin corner off (a full-screen kiosk still on the factory PIN): the PIN pad and the admin screen
     * cannot be opened at all.
     */
    public void disableAdmin() {
        adminEnabled = false;
        if (current.get().isAdmin() || current.get().screen().equals(Route.ADMIN_PIN)) {
            home();
        }
    }

    public boolean adminEnabled() {
        return adminEnabled;
    }

    /** The right PIN was typed: the admin screen opens in place of the PIN pad. */
    public void adminAccepted() {
        if (adminEnabled) {
            adminUnlocked = true;
            replace(Route.of(Route.ADMIN));
        }
    }

    /**
     * True only on the admin screen reached with the right PIN: there, and nowhere else (not on the PIN pad), the
     * keys and the window's close button that leave the kiosk work.
     */
    public boolean guardsLifted() {
        return adminUnlocked && current.get().isAdmin();
    }

    /** The admin screen needs the PIN, and neither it nor the PIN pad opens while admin is disabled. */
    private boolean allowed(Route route) {
        if (route.screen().equals(Route.ADMIN)) {
            return adminEnabled && adminUnlocked;
        }
        return !route.screen().equals(Route.ADMIN_PIN) || adminEnabled;
    }

    public ReadOnlyObjectProperty<Route> currentProperty() {
        return current;
    }

    public Route current() {
        return current.get();
    }

    public BooleanProperty elderModeProperty() {
        return elderMode;
    }

    public BooleanProperty attractShowingProperty() {
        return attractShowing;
    }

    /** Seconds until the idle timeout; the footer warns during the last few. */
    public LongProperty idleSecondsLeftProperty() {
        return idleSecondsLeft;
    }

    public BooleanBinding idleWarningProperty() {
        return Bindings.createBooleanBinding(
                () -> !attractShowing.get() && idleSecondsLeft.get() <= WARNING_SECONDS, idleSecondsLeft, attractShowing);
    }

    /** True while the 工作人员马上就到 banner shows after the help button was pressed. */
    public BooleanProperty helpComingProperty() {
        return helpComing;
    }

    /** Where a call for staff came from. */
    public enum HelpSource {
        /** The hall's physical help button (GPIO). */
        BUTTON,
        /** 呼叫工作人员 on the screen. */
        SCREEN
    }

    /** Who hears about a call for staff (the log, the hall's counters); runs on the FX thread, must not block. */
    public void onHelpRequested(Consumer<HelpSource> listener) {
        helpListener = listener;
    }

    /** The help button was pressed: tell the visitor staff are coming, for a while. */
    public void helpRequested() {
        helpRequested(HelpSource.BUTTON);
    }

    /** 呼叫工作人员, on screen or the hall's button: the same banner, the same call. */
    public void helpRequested(HelpSource source) {
        helpSecondsLeft = HELP_BANNER_SECONDS;
        helpComing.set(true);
        activity();
        helpListener.accept(source);
    }

    /**
     * The current screen stays at least {@code seconds} before the 还在使用吗？ warning may come (a ticket or a QR code
     * to photograph); leaving the screen ends the hold.
     */
    public void holdScreen(long seconds) {
        // one second more: the warning comes after the screen's time, never in its last second
        idle.holdFor(Duration.ofSeconds(seconds + WARNING_SECONDS + 1));
        idleSecondsLeft.set(idle.secondsLeft());
    }

    /** Counts {@link #redraw()}s; the view builds the current screen again on each. */
    public LongProperty redrawsProperty() {
        return redraws;
    }

    /** The current screen shows something new (a card was read on it): build it again, in place. */
    public void redraw() {
        redraws.set(redraws.get() + 1);
    }

    /** 继续使用 on the warning: the visitor is still here. */
    public void stillHere() {
        activity();
    }

    /** Someone stepped up (presence sensor): leave the attract loop, but never disturb a visit in progress. */
    public void arrival() {
        if (attractShowing.get()) {
            wake();
        }
    }

    public I18n i18n() {
        return i18n;
    }

    public Session session() {
        return session;
    }

    /** Goes to {@code route}, remembering where the visitor came from. */
    public void open(Route route) {
        if (route.equals(current.get()) || !allowed(route)) {
            return;
        }
        history.push(current.get());
        current.set(route);
    }

    /** Replaces the current screen without adding a step to 返回 (e.g. a flow's next step that cannot be undone). */
    public void replace(Route route) {
        if (!allowed(route)) {
            return;
        }
        current.set(route);
    }

    /** One step back; from home, nothing happens. */
    public void back() {
        Route previous = history.isEmpty() ? Route.home() : history.pop();
        current.set(allowed(previous) ? previous : Route.home());
    }

    /** Home, forgetting the way back. The visitor's session stays: they may still be choosing. */
    public void home() {
        history.clear();
        current.set(Route.home());
    }

    public boolean canGoBack() {
        return !current.get().isHome();
    }

    public void toggleElderMode() {
        elderMode.set(!elderMode.get());
    }

    public void toggleLanguage() {
        i18n.localeProperty().set(i18n.isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** Any touch, key or scan. Wakes the kiosk from the attract loop. */
    public void activity() {
        idle.activity();
        idleSecondsLeft.set(idle.secondsLeft());
        attractShowing.set(false);
    }

    /** A presence sensor or a touch on the attract screen: start a visit at home. */
    public void wake() {
        activity();
        home();
    }

    /** The hidden admin corner was pressed: held for {@link #ADMIN_HOLD} on the kiosk's clock, it opens the PIN pad. */
    public void adminCornerPressed() {
        cornerPressedAt = idle.clock().instant();
    }

    /** The corner was let go (or the finger slid off) before the hold was complete. */
    public void adminCornerReleased() {
        cornerPressedAt = null;
    }

    /** Opens the PIN pad once the corner has been held long enough; the view asks often, {@link #tick()} each second. */
    public void checkAdminCorner() {
        if (cornerPressedAt != null && !idle.clock().instant().isBefore(cornerPressedAt.plus(ADMIN_HOLD))) {
            cornerPressedAt = null;
            open(Route.of(Route.ADMIN_PIN)); // refused while admin is disabled
        }
    }

    /** Called every second; ends the visit when the timeout has passed. */
    public void tick() {
        checkAdminCorner();
        if (helpSecondsLeft > 0 && --helpSecondsLeft == 0) {
            helpComing.set(false);
        }
        idleSecondsLeft.set(idle.secondsLeft());
        if (!attractShowing.get() && idle.expired()) {
            timeout();
        }
    }

    /** The visitor has gone: wipe everything about them and show the attract loop. */
    public void timeout() {
        session.wipe();
        helpSecondsLeft = 0;
        helpComing.set(false);
        elderMode.set(false);
        i18n.localeProperty().set(defaultLocale);
        history.clear();
        current.set(Route.home());
        attractShowing.set(true);
    }
}
