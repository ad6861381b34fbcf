package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one-line GPIO setting. */
class GpioSpecTest {

    @Test
    void aBareProviderGetsTheDefaultWiring() {
        GpioSettings s = GpioSpec.parse("gpiod");
        assertThat(s.provider()).isEqualTo("gpiod");
        assertThat(s.presence()).hasValueSatisfying(p -> assertThat(p.pin()).isEqualTo(17));
        assertThat(s.helpButton()).hasValueSatisfying(h -> {
            assertThat(h.pin()).isEqualTo(27);
            assertThat(h.activeHigh()).isFalse();
            assertThat(h.pull()).isEqualTo(Pull.UP);
        });
        assertThat(s.lamp()).contains(new LampSettings.ThreeLamps(5, 6, 13, true));
        assertThat(GpioSpec.parse("sim:gpio").provider()).isEqualTo("simulated");
        assertThat(GpioSpec.parse("pi4j:gpiod").provider()).isEqualTo("gpiod");
        assertThat(GpioSpec.parse("pi4j:linuxfs?lamp=none").provider()).isEqualTo("linuxfs");
    }

    @Test
    void everyKeyIsHonoured() {
        GpioSettings s = GpioSpec.parse("linuxfs?presence=4&presence.active=low&presence.pull=up&presence.arrive=50"
                + "&presence.leave=5000&help=22&help.active=high&help.pull=down&lamp=23&lamp.active=low");
        assertThat(s.provider()).isEqualTo("linuxfs");
        assertThat(s.presence()).contains(new PresenceSettings(4, false, Pull.UP, Duration.ofMillis(50), Duration.ofMillis(5000)));
        assertThat(s.helpButton()).hasValueSatisfying(h -> {
            assertThat(h.pin()).isEqualTo(22);
            assertThat(h.activeHigh()).isTrue();
            assertThat(h.pull()).isEqualTo(Pull.DOWN);
        });
        assertThat(s.lamp()).contains(new LampSettings.SingleLamp(23, false));
    }

    @Test
    void devicesCanBeLeftOut() {
        GpioSettings s = GpioSpec.parse("gpiod?presence=none&help=none&lamp=none&help.active=high");
        assertThat(s.presence()).isEmpty();
        assertThat(s.helpButton()).isEmpty();
        assertThat(s.lamp()).isEmpty();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> GpioSpec.parse("wiringpi")).hasMessage(
                "bad GPIO spec 'wiringpi': unknown GPIO provider 'wiringpi' (expected gpiod, linuxfs or sim:gpio)");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?presense=17")).hasMessageContaining("unknown key(s) [presense]");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?lamp=5,6")).hasMessageContaining("one pin or three");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?help=x")).hasMessageContaining("'x' is not a whole number");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?help.active=on")).hasMessageContaining("high or low");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?presence=5")).hasMessageContaining("share a pin");
        assertThatThrownBy(() -> GpioSpec.parse("gpiod?lamp")).hasMessageContaining("not key=value");
    }
}
