package org.hallkiosk.kiosk.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every key {@code kiosk.yaml} accepts, so that a misspelt key is an error rather than silently ignored. */
final class ConfigKeys {

    static final Set<String> SECTIONS = Set.of("devices");

    static final List<String> ALL = List.of(
            "hallName", "kioskId", "contentDir", "idleTimeoutSeconds", "adminPinHash", "language",
            "devices.printer", "devices.printerProfile", "devices.paperWidthMm",
            "devices.idCardReader", "devices.scanner", "devices.gpio");

    private ConfigKeys() {
    }

    /** The keys allowed next to {@code key}, for the "did you mean" part of an error. */
    static String siblingsOf(String key) {
        int dot = key.lastIndexOf('.');
        String prefix = dot < 0 ? "" : key.substring(0, dot + 1);
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String k : ALL) {
            if (k.startsWith(prefix)) {
                String rest = k.substring(prefix.length());
                names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
