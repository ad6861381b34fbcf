package org.hallkiosk.kiosk.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One section's values as written in {@code kiosk.yaml}. A converter that throws {@link IllegalArgumentException}
 * records a problem with the key's line and the message, and the default is used so that reading goes on.
 */
public interface SectionValues {

    /** The value of {@code key} converted, or {@code fallback} when the key is absent. */
    <T> T get(String key, T fallback, Function<String, T> convert);

    /** The single values under a {@code key.*} mapping, in file order; empty when absent. */
    Map<String, String> mapping(String key);

    /** True when the file sets {@code key}. */
    boolean has(String key);

    /** Convenience: a string value. */
    default String text(String key, String fallback) {
        return get(key, fallback, v -> v);
    }

    /** Convenience: a whole number within [min, max]. */
    default int integer(String key, int fallback, int min, int max) {
        return get(key, fallback, v -> {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return n;
        });
    }

    /** Convenience: true or false. */
    default boolean bool(String key, boolean fallback) {
        return get(key, fallback, v -> switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
    }

    /** A view of a plain map, for sections built in tests. */
    static Map<String, String> copy(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }
}
