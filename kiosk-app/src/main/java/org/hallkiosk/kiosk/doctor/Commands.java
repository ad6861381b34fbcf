package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a system tool and returns what it printed, for checks that ask the OS (timedatectl, systemctl). */
@FunctionalInterface
public interface Commands {

    /** What a tool printed on standard output and how it exited. */
    record Ran(int exit, String out) {
    }

    /** The tool's exit code and output, or empty when it could not be run (missing, or no answer in time). */
    Optional<Ran> run(List<String> command);

    /** Real processes, each given {@code timeout} to answer. */
    static Commands system(Duration timeout) {
        return command -> {
            try {
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                // the tools asked print a line or two, well under a pipe's buffer: wait first, then read
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return Optional.of(new Ran(p.exitValue(), out));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }
}
