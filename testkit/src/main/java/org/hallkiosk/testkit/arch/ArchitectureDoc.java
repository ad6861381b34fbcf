package org.hallkiosk.testkit.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps each module's package graph in docs/architecture.md equal to the code: the section between
 * {@code <!-- package-graph:MODULE -->} and {@code <!-- /package-graph:MODULE -->} is generated. Run a module's
 * {@code PackageDagTest} with {@code -Darchitecture.update=true} to rewrite its section after a change.
 */
public final class ArchitectureDoc {

    private ArchitectureDoc() {
    }

    /**
     * The generated section for {@code module} and what the document holds now; with {@code architecture.update} set,
     * the document is rewritten first, so both are equal.
     */
    public static String[] section(Path doc, String module, String generated) {
        String start = "<!-- package-graph:" + module + " -->\n";
        String end = "<!-- /package-graph:" + module + " -->";
        try {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int from = text.indexOf(start);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException(doc + " has no section " + start.trim() + " … " + end);
            }
            String current = text.substring(from + start.length(), to);
            if (Boolean.getBoolean("architecture.update") && !current.equals(generated)) {
                Files.writeString(doc, text.substring(0, from + start.length()) + generated + text.substring(to),
                        StandardCharsets.UTF_8);
                current = generated;
            }
            return new String[] {generated, current};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
