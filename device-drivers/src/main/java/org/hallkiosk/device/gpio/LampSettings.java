package org.hallkiosk.device.gpio;

/** How the status lamp is wired. */
public sealed interface LampSettings {

    /** A stack light with separate green, amber and red lamps (usually through a relay or transistor board). */
    record ThreeLamps(int greenPin, int amberPin, int redPin, boolean activeHigh) implements LampSettings {
        public ThreeLamps {
            if (greenPin < 0 || amberPin < 0 || redPin < 0) {
                throw new IllegalArgumentException("pins must not be negative");
            }
            if (greenPin == amberPin || amberPin == redPin || greenPin == redPin) {
                throw new IllegalArgumentException("green, amber and red need three different pins");
            }
        }
    }

    /** One lamp: steady for OK, slow blink for degraded, fast blink for a fault. */
    record SingleLamp(int pin, boolean activeHigh) implements LampSettings {
        public SingleLamp {
            if (pin < 0) {
                throw new IllegalArgumentException("pin must not be negative");
            }
        }
    }
}
