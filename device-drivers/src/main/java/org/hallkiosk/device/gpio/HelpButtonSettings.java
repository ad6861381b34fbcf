package org.hallkiosk.device.gpio;

import java.time.Duration;
import java.util.Objects;

/**
 * The help button (呼叫工作人员) on one input.
 *
 * @param pin BCM GPIO number
 * @param activeHigh false for the usual wiring: button to ground, internal pull-up, pressed reads low
 * @param debounce how long a press must hold to count (contact bounce lasts a few milliseconds)
 * @param repeatGuard presses within this time after a counted press are ignored, so hammering the button calls
 *     staff once
 */
public record HelpButtonSettings(int pin, boolean activeHigh, Pull pull, Duration debounce, Duration repeatGuard) {

    public HelpButtonSettings {
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(repeatGuard, "repeatGuard");
        if (pin < 0) {
            throw new IllegalArgumentException("pin must not be negative");
        }
        if (debounce.isNegative() || repeatGuard.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** Button to ground with pull-up, 30 ms debounce, one call per 5 s. */
    public static HelpButtonSettings onPin(int pin) {
        return new HelpButtonSettings(pin, false, Pull.UP, Duration.ofMillis(30), Duration.ofSeconds(5));
    }
}
