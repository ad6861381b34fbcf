package org.hallkiosk.device.gpio;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code devices.gpio} setting as one line, in the style of link specs:
 * {@code gpiod?presence=17&help=27&lamp=5,6,13}. The provider is {@code gpiod}, {@code linuxfs} (also written
 * {@code pi4j:gpiod}, {@code pi4j:linuxfs}) or {@code sim:gpio} (also {@code simulated}). Keys, all optional:
 * <ul>
 *   <li>{@code presence=PIN|none} (default 17), {@code presence.active=high|low} (high), {@code presence.pull=none|up|down}
 *       (none), {@code presence.arrive=MS} (150), {@code presence.leave=MS} (3000)</li>
 *   <li>{@code help=PIN|none} (27), {@code help.active=low|high} (low: button to ground), {@code help.pull} (up)</li>
 *   <li>{@code lamp=GREEN,AMBER,RED|PIN|none} (5,6,13; one pin means a single blinking lamp),
 *       {@code lamp.active=high|low} (high)</li>
 * </ul>
 * Pins are BCM GPIO numbers, not header pin numbers.
 */
public final class GpioSpec {

    private GpioSpec() {
    }

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException naming the spec and what is wrong with it
     */
    public static GpioSettings parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        int q = s.indexOf('?');
        String head = (q < 0 ? s : s.substring(0, q)).toLowerCase(Locale.ROOT);
        String provider = switch (head) {
            case "gpiod", "linuxfs" -> head;
            case "pi4j:gpiod", "pi4j:linuxfs" -> head.substring("pi4j:".length());
            case "sim:gpio", "simulated", "sim" -> "simulated";
            default -> throw bad(s, "unknown GPIO provider '" + head + "' (expected gpiod, linuxfs or sim:gpio)");
        };
        Map<String, String> p = params(s, q < 0 ? "" : s.substring(q + 1));
        try {
            String presencePin = p.remove("presence");
            boolean presenceHigh = active(s, p.remove("presence.active"), true);
            Pull presencePull = pull(s, p.remove("presence.pull"), Pull.NONE);
            Duration arrive = millis(s, p.remove("presence.arrive"), 150);
            Duration leave = millis(s, p.remove("presence.leave"), 3000);
            String helpPin = p.remove("help");
            boolean helpHigh = active(s, p.remove("help.active"), false);
            Pull helpPull = pull(s, p.remove("help.pull"), Pull.UP);
            String lampPins = p.remove("lamp");
            boolean lampHigh = active(s, p.remove("lamp.active"), true);
            if (!p.isEmpty()) {
                throw bad(s, "unknown key(s) " + p.keySet() + " (known: presence, presence.active, presence.pull, "
                        + "presence.arrive, presence.leave, help, help.active, help.pull, lamp, lamp.active)");
            }
            Optional<PresenceSettings> presence = pin(s, presencePin, 17)
                    .map(pin -> new PresenceSettings(pin, presenceHigh, presencePull, arrive, leave));
            Optional<HelpButtonSettings> help = pin(s, helpPin, 27)
                    .map(pin -> new HelpButtonSettings(pin, helpHigh, helpPull, Duration.ofMillis(30), Duration.ofSeconds(5)));
            Optional<LampSettings> lamp = lamp(s, lampPins, lampHigh);
            return new GpioSettings(provider, presence, help, lamp);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("bad GPIO spec") ? e : bad(s, e.getMessage());
        }
    }

    private static Map<String, String> params(String spec, String query) {
        Map<String, String> p = new LinkedHashMap<>();
        if (query.isBlank()) {
            return p;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw bad(spec, "'" + pair + "' is not key=value");
            }
            p.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
        }
        return p;
    }

    private static Optional<Integer> pin(String spec, String value, int defaultPin) {
        if (value == null) {
            return Optional.of(defaultPin);
        }
        if (value.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(number(spec, value));
    }

    private static Optional<LampSettings> lamp(String spec, String value, boolean activeHigh) {
        if (value == null) {
            return Optional.of(new LampSettings.ThreeLamps(5, 6, 13, activeHigh));
        }
        if (value.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        String[] pins = value.split(",");
        if (pins.length == 1) {
            return Optional.of(new LampSettings.SingleLamp(number(spec, pins[0]), activeHigh));
        }
        if (pins.length == 3) {
            return Optional.of(new LampSettings.ThreeLamps(number(spec, pins[0]), number(spec, pins[1]), number(spec, pins[2]), activeHigh));
        }
        throw bad(spec, "lamp takes one pin or three (green,amber,red), got '" + value + "'");
    }

    private static boolean active(String spec, String value, boolean defaultHigh) {
        if (value == null) {
            return defaultHigh;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "high" -> true;
            case "low" -> false;
            default -> throw bad(spec, "active level must be high or low, got '" + value + "'");
        };
    }

    private static Pull pull(String spec, String value, Pull defaultPull) {
        if (value == null) {
            return defaultPull;
        }
        try {
            return Pull.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(spec, "pull must be none, up or down, got '" + value + "'");
        }
    }

    private static Duration millis(String spec, String value, long defaultMillis) {
        return Duration.ofMillis(value == null ? defaultMillis : number(spec, value));
    }

    private static int number(String spec, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw bad(spec, "'" + value + "' must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(spec, "'" + value + "' is not a whole number");
        }
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("bad GPIO spec '" + spec + "': " + why);
    }
}
