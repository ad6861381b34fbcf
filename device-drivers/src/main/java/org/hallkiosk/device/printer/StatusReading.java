package org.hallkiosk.device.printer;

import java.time.Duration;

/** The result of asking a printer for its status. */
public sealed interface StatusReading {

    /** The printer answered every query. */
    record Answered(PrinterStatus status) implements StatusReading {}

    /** No (valid) reply within the timeout: the printer is off, offline or not a printer. */
    record NoAnswer(Duration waited, String detail) implements StatusReading {}

    /** This link or model cannot report status (write-only {@code file:} link, profile without DLE EOT). */
    record NotReadable(String why) implements StatusReading {}

    /** The link is down (unplugged, PTY gone, connection refused). */
    record LinkDown(String why) implements StatusReading {}
}
