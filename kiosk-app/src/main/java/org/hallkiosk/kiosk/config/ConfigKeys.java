package org.hallkiosk.kiosk.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every key {@code kiosk.yaml} accepts, so that a misspelt key is an error rather than silently ignored. */
final class ConfigKeys {

    static final List<String> CORE = List.of(
            "hallName", "kioskId", "contentDir", "idleTimeoutSeconds", "adminPinHash", "language", "timeZone",
            "devices.printer", "devices.printerProfile", "devices.paperWidthMm",
            "devices.idCardReader", "devices.scanner", "devices.gpio");

    private final Set<String> leaves = new LinkedHashSet<>();
    private final Set<String> mappings = new LinkedHashSet<>();
    private final Set<String> freeMappings = new LinkedHashSet<>();

    ConfigKeys(List<ConfigSection<?>> sections) {
        CORE.forEach(this::addLeaf);
        for (ConfigSection<?> s : sections) {
            mappings.add(s.name());
            for (String k : s.keys()) {
                String full = s.name() + "." + k;
                if (full.endsWith(".*")) {
                    String map = full.substring(0, full.length() - 2);
                    freeMappings.add(map);
                    addParents(map);
                    mappings.add(map);
                } else {
                    addLeaf(full);
                }
            }
        }
    }

    private void addLeaf(String key) {
        leaves.add(key);
        addParents(key);
    }

    private void addParents(String key) {
        for (int i = key.indexOf('.'); i > 0; i = key.indexOf('.', i + 1)) {
            mappings.add(key.substring(0, i));
        }
    }

    boolean isLeaf(String key) {
        if (leaves.contains(key)) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 && freeMappings.contains(key.substring(0, dot));
    }

    boolean isMapping(String key) {
        return mappings.contains(key);
    }

    /** The keys allowed next to {@code key}, for the "known keys" part of an error. */
    String siblingsOf(String key) {
        int dot = key.lastIndexOf('.');
        String prefix = dot < 0 ? "" : key.substring(0, dot + 1);
        Set<String> names = new LinkedHashSet<>();
        for (Set<String> set : List.of(leaves, mappings)) {
            for (String k : set) {
                if (k.startsWith(prefix) && k.length() > prefix.length()) {
                    String rest = k.substring(prefix.length());
                    names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
                }
            }
        }
        return String.join(", ", names);
    }
}
