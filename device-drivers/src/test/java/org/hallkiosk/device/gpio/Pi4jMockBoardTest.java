package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Presence sensor, help button and lamps over Pi4J with its mock providers standing in for gpiod. */
class Pi4jMockBoardTest {

    private static final int PRESENCE = 17;
    private static final int HELP = 27;
    private static final int GREEN = 5;
    private static final int AMBER = 6;
    private static final int RED = 13;

    private Context context;
    private KioskGpio gpio;
    private final List<Boolean> presence = new CopyOnWriteArrayList<>();
    private final AtomicInteger helpPresses = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        context = Pi4J.newContextBuilder()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
        GpioSettings settings = new GpioSettings("gpiod",
                Optional.of(new PresenceSettings(PRESENCE, true, Pull.NONE, Duration.ofMillis(40), Duration.ofMillis(300))),
                Optional.of(new HelpButtonSettings(HELP, false, Pull.UP, Duration.ofMillis(30), Duration.ofMillis(500))),
                Optional.of(new LampSettings.ThreeLamps(GREEN, AMBER, RED, true)));
        gpio = KioskGpio.on(new Pi4jBoard(context, "mock-digital-input", "mock-digital-output"), settings);
        gpio.presence().orElseThrow().onChange(presence::add);
        gpio.helpButton().orElseThrow().onPress(helpPresses::incrementAndGet);
        // the mock's inputs start low: release the (active-low) help button first and let it settle
        input(HELP).mockState(DigitalState.HIGH);
        await(() -> !gpio.helpButton().orElseThrow().isPressed());
    }

    @AfterEach
    void stop() throws Exception {
        gpio.close();
        context.shutdown();
    }

    @Test
    void someoneArrivingAndLeavingIsReportedOnceEach() throws Exception {
        input(PRESENCE).mockState(DigitalState.HIGH);
        await(() -> presence.size() == 1);
        assertThat(gpio.presence().orElseThrow().isPresent()).isTrue();

        input(PRESENCE).mockState(DigitalState.LOW);
        await(() -> presence.size() == 2);
        assertThat(presence).containsExactly(true, false);
    }

    @Test
    void aFlickerShorterThanTheDebounceIsIgnored() throws Exception {
        input(PRESENCE).mockState(DigitalState.HIGH);
        input(PRESENCE).mockState(DigitalState.LOW);
        input(PRESENCE).mockState(DigitalState.HIGH);
        input(PRESENCE).mockState(DigitalState.LOW);
        await(() -> sensor().settledAll());

        assertThat(presence).isEmpty();
        assertThat(gpio.presence().orElseThrow().isPresent()).isFalse();
    }

    @Test
    void aPersonStandingStillDoesNotLeaveOnAShortDropOut() throws Exception {
        input(PRESENCE).mockState(DigitalState.HIGH);
        await(() -> presence.size() == 1);
        input(PRESENCE).mockState(DigitalState.LOW);
        input(PRESENCE).mockState(DigitalState.HIGH);
        // the drop-out's check runs when the leave delay has passed; judge only then
        await(() -> sensor().settledAll());

        assertThat(presence).containsExactly(true);
    }

    @Test
    void aHelpPressIsOneEventAndHammeringCountsOnce() throws Exception {
        press();
        await(() -> helpPresses.get() == 1);
        press();
        press();
        await(() -> button().settledAll());
        assertThat(helpPresses.get()).isEqualTo(1);

        await(() -> !button().withinRepeatGuard());
        press();
        await(() -> helpPresses.get() == 2);
    }

    @Test
    void contactBounceIsNotAPress() throws Exception {
        input(HELP).mockState(DigitalState.LOW);
        input(HELP).mockState(DigitalState.HIGH);
        await(() -> button().settledAll());
        assertThat(helpPresses.get()).isZero();
    }

    @Test
    void theStackLightLightsExactlyOneColour() throws Exception {
        StatusLamp lamp = gpio.lamp().orElseThrow();
        assertThat(levels()).containsExactly(false, false, false);

        lamp.show(LampState.OK);
        assertThat(levels()).containsExactly(true, false, false);
        lamp.show(LampState.DEGRADED);
        assertThat(levels()).containsExactly(false, true, false);
        lamp.show(LampState.FAULT);
        assertThat(levels()).containsExactly(false, false, true);
        assertThat(lamp.showing()).isEqualTo(LampState.FAULT);

        gpio.close();
        assertThat(levels()).containsExactly(false, false, false);
    }

    @Test
    void aPinClaimedTwiceIsATypedError() {
        assertThatThrownBy(() -> gpio.board().input(PRESENCE, Pull.NONE))
                .isInstanceOf(GpioException.class).hasMessageContaining("GPIO 17");
    }

    @Test
    void anUnknownProviderIsRefused() {
        assertThatThrownBy(() -> Pi4jBoard.start("wiringpi"))
                .isInstanceOf(GpioException.class).hasMessageContaining("gpiod or linuxfs");
    }

    /** Holds the button down until it reads as pressed, then lets go until it reads as released. */
    private void press() throws InterruptedException {
        input(HELP).mockState(DigitalState.LOW);
        await(() -> button().isPressed());
        input(HELP).mockState(DigitalState.HIGH);
        await(() -> !button().isPressed() && button().settledAll());
    }

    private PresenceSensor sensor() {
        return gpio.presence().orElseThrow();
    }

    private HelpButton button() {
        return gpio.helpButton().orElseThrow();
    }

    private List<Boolean> levels() {
        return List.of(output(GREEN).isHigh(), output(AMBER).isHigh(), output(RED).isHigh());
    }

    private MockDigitalInput input(int pin) {
        return context.registry().get(Pi4jBoard.inputId(pin), MockDigitalInput.class);
    }

    private DigitalOutput output(int pin) {
        return context.registry().get(Pi4jBoard.outputId(pin), DigitalOutput.class);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 3 s");
            }
            Thread.sleep(5);
        }
    }
}
