package org.hallkiosk.kiosk.cli;

/** An expected failure of a command: its message is the whole story, so no stack trace is offered. */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
