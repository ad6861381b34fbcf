package org.hallkiosk.kiosk.ui.guide;

import org.hallkiosk.device.printer.PrintFailure;

/** Where printing the one-time notice stands, as the item's page shows it. */
public sealed interface PrintState {

    /** Nothing asked yet. */
    record Idle() implements PrintState {
    }

    /** Sent to the printer; the button waits. */
    record Printing() implements PrintState {
    }

    /** Out of the printer: take it from the slot. */
    record Printed() implements PrintState {
    }

    /** Did not print, for {@code reason}; the page offers the QR code instead. */
    record Failed(PrintFailure reason) implements PrintState {
    }

    /**
     * The message key that says why printing failed, in the words a visitor needs: 缺纸 and 打印机离线 are the
     * two common cases; the rest read as a printer fault (staff will find the detail in the log).
     */
    static String failureKey(PrintFailure reason) {
        return switch (reason) {
            case PAPER_OUT -> "guide.print.failed.paper";
            case OFFLINE, NO_ANSWER, DISCONNECTED, STALLED -> "guide.print.failed.offline";
            case COVER_OPEN -> "guide.print.failed.cover";
            default -> "guide.print.failed.fault";
        };
    }
}
