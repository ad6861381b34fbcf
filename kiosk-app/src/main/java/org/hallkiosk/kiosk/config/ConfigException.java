package org.hallkiosk.kiosk.config;

import java.nio.file.Path;
import java.util.List;

/** A configuration file that cannot be used, with every problem located by file, line and key. */
public final class ConfigException extends Exception {

    private final List<String> problems;

    public ConfigException(Path file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code line N: key 'a.b': what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
