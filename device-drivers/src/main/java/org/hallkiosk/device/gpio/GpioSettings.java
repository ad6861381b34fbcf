package org.hallkiosk.device.gpio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        List<Integer> pins = new ArrayList<>();
        presence.ifPresent(p -> pins.add(p.pin()));
        helpButton.ifPresent(h -> pins.add(h.pin()));
        lamp.ifPresent(l -> {
            if (l instanceof LampSettings.ThreeLamps t) {
                pins.addAll(List.of(t.greenPin(), t.amberPin(), t.redPin()));
            } else if (l instanceof LampSettings.SingleLamp one) {
                pins.add(one.pin());
            }
        });
        if (new HashSet<>(pins).size() != pins.size()) {
            throw new IllegalArgumentException("two GPIO devices share a pin: " + pins);
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
