package org.hallkiosk.device.printer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks fontconfig where a font family's file is, the way the system's own programs find it. */
public final class Fontconfig {

    private Fontconfig() {
    }

    /** What {@code fc-match -f '%{file}' FAMILY} answers, or empty when fontconfig is missing or silent. */
    public static Optional<Path> match(String family, Duration timeout) {
        try {
            Process p = new ProcessBuilder("fc-match", "-f", "%{file}", family).redirectErrorStream(true).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(Path.of(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
