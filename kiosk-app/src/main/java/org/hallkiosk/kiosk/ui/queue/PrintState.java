package org.hallkiosk.kiosk.ui.queue;

import java.util.Objects;
import org.hallkiosk.device.printer.PrintFailure;

/** Where the visitor's paper ticket is: on its way, out (perhaps with the paper running low), or not printed and why. */
public sealed interface PrintState {

    /** Sent to the printer, not answered yet. */
    record Printing() implements PrintState {
    }

    /** Printed; {@code paperNearEnd} when staff have been warned that the roll is running out. */
    record Printed(boolean paperNearEnd) implements PrintState {
    }

    /** Not printed; the ticket is valid and waits in the reprint queue. */
    record Failed(PrintFailure reason) implements PrintState {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
