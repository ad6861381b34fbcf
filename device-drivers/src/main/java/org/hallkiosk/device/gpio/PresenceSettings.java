package org.hallkiosk.device.gpio;

import java.time.Duration;
import java.util.Objects;

/**
 * A presence sensor (PIR or microwave radar module) on one input.
 *
 * @param pin BCM GPIO number
 * @param activeHigh whether the sensor drives the line high when it sees someone (most modules do)
 * @param arriveAfter how long "someone there" must hold before the kiosk wakes
 * @param leaveAfter how long "nobody there" must hold before the person counts as gone; PIR modules drop out
 *     briefly while a person stands still
 */
public record PresenceSettings(int pin, boolean activeHigh, Pull pull, Duration arriveAfter, Duration leaveAfter) {

    public PresenceSettings {
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(arriveAfter, "arriveAfter");
        Objects.requireNonNull(leaveAfter, "leaveAfter");
        if (pin < 0) {
            throw new IllegalArgumentException("pin must not be negative");
        }
        if (arriveAfter.isNegative() || leaveAfter.isNegative()) {
            throw new IllegalArgumentException("debounce times must not be negative");
        }
    }

    /** Active high, no pull, wake after 150 ms, gone after 3 s. */
    public static PresenceSettings onPin(int pin) {
        return new PresenceSettings(pin, true, Pull.NONE, Duration.ofMillis(150), Duration.ofSeconds(3));
    }
}
