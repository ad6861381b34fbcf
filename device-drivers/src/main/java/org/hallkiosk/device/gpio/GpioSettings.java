package org.hallkiosk.device.gpio;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kiosk's GPIO wiring. Each device is optional: a kiosk without a presence sensor simply has none.
 *
 * @param provider {@code gpiod} or {@code linuxfs} on a Raspberry Pi, {@code simulated} without hardware
 */
public record GpioSettings(String provider, Optional<PresenceSettings> presence, Optional<HelpButtonSettings> helpButton,
                           Optional<LampSettings> lamp) {

    public GpioSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(helpButton, "helpButton");
        Objects.requireNonNull(lamp, "lamp");
        provider = provider.toLowerCase(Locale.ROOT);
        if (!provider.equals("gpiod") && !provider.equals("linuxfs") && !provider.equals("simulated")) {
            throw new IllegalArgumentException("gpio provider must be gpiod, linuxfs or simulated, was '" + provider + "'");
        }
    }

    /**
     * The simulated board with a suggested wiring: presence on GPIO 17, help button on GPIO 27 (to ground), stack
     * light green/amber/red on GPIO 5/6/13, active high.
     */
    public static GpioSettings simulated() {
        return new GpioSettings("simulated", Optional.of(PresenceSettings.onPin(17)), Optional.of(HelpButtonSettings.onPin(27)),
                Optional.of(new LampSettings.ThreeLamps(5, 6, 13, true)));
    }

    /** The same wiring on real pins through the given provider. */
    public GpioSettings withProvider(String newProvider) {
        return new GpioSettings(newProvider, presence, helpButton, lamp);
    }
}
