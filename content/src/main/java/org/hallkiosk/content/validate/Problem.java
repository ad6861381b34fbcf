package org.hallkiosk.content.validate;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, at a place in a file. {@code file} is relative to the content directory
 * with forward slashes; line and column start at 1. Printed like a compiler message:
 * {@code items/a.yaml:7:13: message} for an error and {@code items/a.yaml:7:13: warning: message} for a warning.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** File order, then position — the order problems are reported in. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** An error at a position. */
    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    /** A warning at a position. */
    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    /** True for an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
