package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.Test;

/** The shell's logic, without a display. */
class ShellViewModelTest {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    private final Session session = new Session();
    private final ShellViewModel shell = new ShellViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), session,
            new IdleTimer(clock, Duration.ofSeconds(60)));

    @Test
    void backWalksTheWayTheVisitorCame() {
        shell.wake();
        shell.open(Route.of(Route.GUIDE));
        shell.open(new Route(Route.GUIDE, "item-1"));
        shell.back();
        assertThat(shell.current()).isEqualTo(Route.of(Route.GUIDE));
        shell.back();
        assertThat(shell.current().isHome()).isTrue();
        shell.back();
        assertThat(shell.current().isHome()).isTrue();
    }

    @Test
    void homeForgetsTheWayBack() {
        shell.open(Route.of(Route.QUEUE));
        shell.home();
        shell.back();
        assertThat(shell.current().isHome()).isTrue();
    }

    @Test
    void startsInTheAttractLoopAndATouchWakesIt() {
        assertThat(shell.attractShowingProperty().get()).isTrue();
        shell.wake();
        assertThat(shell.attractShowingProperty().get()).isFalse();
    }

    @Test
    void activityPostponesTheTimeout() {
        shell.wake();
        clock.advance(Duration.ofSeconds(50));
        shell.activity();
        clock.advance(Duration.ofSeconds(50));
        shell.tick();
        assertThat(shell.attractShowingProperty().get()).isFalse();
        assertThat(shell.idleSecondsLeftProperty().get()).isEqualTo(10);
        assertThat(shell.idleWarningProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(10));
        shell.tick();
        assertThat(shell.attractShowingProperty().get()).isTrue();
    }

    @Test
    void timeoutWipesTheSessionOnce() {
        int[] wipes = new int[1];
        session.onWipe(() -> wipes[0]++);
        session.put(new Session.Key<>("x", String.class), "y");
        shell.wake();
        shell.toggleLanguage();
        clock.advance(Duration.ofSeconds(61));
        shell.tick();
        shell.tick();
        assertThat(session.isEmpty()).isTrue();
        assertThat(wipes[0]).as("the attract loop is not wiped again every second").isEqualTo(1);
        assertThat(shell.i18n().isChinese()).isTrue();
    }

    @Test
    void arrivalWakesTheAttractLoopButNeverDisturbsAVisit() {
        shell.arrival();
        assertThat(shell.attractShowingProperty().get()).isFalse();
        shell.open(Route.of(Route.QUEUE));
        shell.arrival();
        assertThat(shell.current().screen()).as("someone else stepping up does not send the visitor home").isEqualTo(Route.QUEUE);
    }

    @Test
    void theHelpBannerStaysAMinuteAndGoesWithTheVisitor() {
        shell.wake();
        shell.helpRequested();
        assertThat(shell.helpComingProperty().get()).isTrue();
        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofSeconds(1));
            shell.activity();
            shell.tick();
        }
        assertThat(shell.helpComingProperty().get()).isTrue();
        shell.tick();
        assertThat(shell.helpComingProperty().get()).isFalse();
        shell.helpRequested();
        shell.timeout();
        assertThat(shell.helpComingProperty().get()).isFalse();
    }
}
