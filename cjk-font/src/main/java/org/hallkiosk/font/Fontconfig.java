package org.hallkiosk.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks fontconfig where a font family's file is, the way the system's own programs find it. */
public final class Fontconfig {

    private Fontconfig() {
    }

    /**
     * The file fontconfig picks for {@code family}, only when that file really is the family: {@code fc-match}
     * answers every question with its best substitute (DejaVu Sans for a missing CJK family), which is no answer here.
     * Empty when fontconfig is missing, slow, silent or would substitute.
     */
    public static Optional<Path> fileOf(String family, Duration timeout) {
        try {
            Process p = new ProcessBuilder("fc-match", "-f", "%{family}\n%{file}", family).redirectErrorStream(true).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? parse(out, family) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads {@code "Family,别名\n/path/file"}: the file when one of the comma-separated names is {@code family}. */
    static Optional<Path> parse(String answer, String family) {
        int newline = answer.indexOf('\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String file = answer.substring(newline + 1).strip();
        boolean same = Arrays.stream(answer.substring(0, newline).split(","))
                .anyMatch(name -> name.strip().equalsIgnoreCase(family));
        return same && !file.isEmpty() ? Optional.of(Path.of(file)) : Optional.empty();
    }
}
