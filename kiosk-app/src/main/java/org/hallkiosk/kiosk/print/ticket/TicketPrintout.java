package org.hallkiosk.kiosk.print.ticket;

import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.Receipt;

/** A ticket sent to the printer: the receipt that was (or should have been) printed, and what the printer said. */
public record TicketPrintout(Receipt receipt, PrintResult result) {

    public boolean printed() {
        return result.printed();
    }
}
