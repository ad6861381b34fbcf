package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hallkiosk.device.gpio.Pi4jMockBoardTest.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kiosk without GPIO hardware: the simulated board, and the single blinking lamp. */
class SimulatedBoardTest {

    @Test
    void theDefaultSimulatedWiringWorksEndToEnd() throws Exception {
        try (KioskGpio gpio = KioskGpio.open(GpioSettings.simulated())) {
            SimulatedBoard board = gpio.simulatedBoard().orElseThrow();
            List<Boolean> presence = new CopyOnWriteArrayList<>();
            AtomicInteger presses = new AtomicInteger();
            gpio.presence().orElseThrow().onChange(presence::add);
            gpio.helpButton().orElseThrow().onPress(presses::incrementAndGet);

            board.drive(17, true);
            await(() -> presence.equals(List.of(true)));
            board.drive(27, false); // pressed: active low
            await(() -> presses.get() == 1);

            gpio.lamp().orElseThrow().show(LampState.DEGRADED);
            assertThat(board.level(5)).isFalse();
            assertThat(board.level(6)).isTrue();
            assertThat(board.level(13)).isFalse();
        }
    }

    @Test
    void theHelpButtonIdlesReleasedThanksToItsPullUp() throws Exception {
        try (KioskGpio gpio = KioskGpio.open(GpioSettings.simulated())) {
            assertThat(gpio.helpButton().orElseThrow().isPressed()).isFalse();
        }
    }

    @Test
    void aSingleLampBlinksFastForAFaultAndStaysSteadyForOk() throws Exception {
        GpioSettings settings = new GpioSettings("simulated", Optional.empty(), Optional.empty(),
                Optional.of(new LampSettings.SingleLamp(22, false)));
        try (KioskGpio gpio = KioskGpio.open(settings)) {
            SimulatedBoard board = gpio.simulatedBoard().orElseThrow();
            StatusLamp lamp = gpio.lamp().orElseThrow();
            assertThat(board.level(22)).isTrue(); // active low: high is off

            lamp.show(LampState.OK);
            assertThat(transitions(board, 22, Duration.ofMillis(600))).isZero();
            assertThat(board.level(22)).isFalse();

            lamp.show(LampState.FAULT);
            assertThat(transitions(board, 22, Duration.ofMillis(1100))).isBetween(2, 6);

            lamp.show(LampState.OFF);
            assertThat(board.level(22)).isTrue();
            assertThat(transitions(board, 22, Duration.ofMillis(400))).isZero();
        }
    }

    @Test
    void blinkPatternsDifferByState() {
        assertThat(BlinkingLamp.patternFor(LampState.OK).isSteady()).isTrue();
        assertThat(BlinkingLamp.patternFor(LampState.DEGRADED).on()).isGreaterThan(BlinkingLamp.patternFor(LampState.FAULT).on());
    }

    @Test
    void pinsCannotBeClaimedTwiceOrDrivenUnclaimed() throws Exception {
        try (SimulatedBoard board = new SimulatedBoard()) {
            board.output(5, false);
            assertThatThrownBy(() -> board.input(5, Pull.NONE)).isInstanceOf(GpioException.class).hasMessageContaining("in use");
            assertThatThrownBy(() -> board.drive(9, true)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void settingsRefuseNonsense() {
        assertThatThrownBy(() -> new LampSettings.ThreeLamps(5, 5, 6, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GpioSettings.simulated().withProvider("wiringpi")).isInstanceOf(IllegalArgumentException.class);
        assertThat(GpioSettings.simulated().withProvider("GPIOD").provider()).isEqualTo("gpiod");
    }

    private static int transitions(SimulatedBoard board, int pin, Duration during) throws InterruptedException {
        int count = 0;
        boolean last = board.level(pin);
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(10);
            boolean now = board.level(pin);
            if (now != last) {
                count++;
                last = now;
            }
        }
        return count;
    }
}
