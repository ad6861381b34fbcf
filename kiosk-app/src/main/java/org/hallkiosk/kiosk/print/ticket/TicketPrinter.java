package org.hallkiosk.kiosk.print.ticket;

import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.ReprintQueue;
import org.hallkiosk.queue.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints tickets. A ticket that does not come out stays valid and goes into the reprint queue; the printer device
 * itself reports its state to the device manager (lamp, admin), so nothing here hides a failure.
 */
public final class TicketPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(TicketPrinter.class);

    private final Supplier<Optional<ReceiptPrinter>> printer;
    private final TicketLayout layout;
    private final ReprintQueue reprints;

    /**
     * @param printer the kiosk's printer now; empty when none is configured ({@code devices.printer: none})
     */
    public TicketPrinter(Supplier<Optional<ReceiptPrinter>> printer, TicketLayout layout, ReprintQueue reprints) {
        this.printer = printer;
        this.layout = layout;
        this.reprints = reprints;
    }

    public TicketLayout layout() {
        return layout;
    }

    /** Prints a newly issued ticket; on failure queues it for 补打. */
    public TicketPrintout print(Ticket ticket, QueueLine line, Position position, String statusUrl) {
        Receipt receipt = layout.receipt(ticket, line, position, statusUrl);
        PrintResult result = send(receipt);
        if (result instanceof PrintResult.Failed failed) {
            LOG.warn("ticket {} issued but not printed ({}); queued for reprint", ticket.number(), failed.describe());
            reprints.add(ticket.id(), failed.reason().bilingual());
        } else if (result instanceof PrintResult.Printed printed && !printed.warnings().isEmpty()) {
            LOG.warn("ticket {} printed with warnings {}", ticket.number(), printed.warnings());
        }
        return new TicketPrintout(receipt, result);
    }

    /** Prints a queued ticket again (补打) with its place in line now; taken off the queue once it is out. */
    public TicketPrintout reprint(Ticket ticket, QueueLine line, Position position, String statusUrl) {
        Receipt receipt = layout.reprint(ticket, line, position, statusUrl);
        PrintResult result = send(receipt);
        if (result.printed()) {
            reprints.printed(ticket.id());
        }
        return new TicketPrintout(receipt, result);
    }

    private PrintResult send(Receipt receipt) {
        Optional<ReceiptPrinter> p = printer.get();
        if (p.isEmpty()) {
            return new PrintResult.Failed(PrintFailure.DISCONNECTED, "no receipt printer is configured (devices.printer)");
        }
        try {
            return p.get().print(receipt);
        } catch (RuntimeException e) {
            // A driver promises not to throw; if one does, the visitor still keeps a valid ticket.
            LOG.error("printer {} failed unexpectedly", p.get().spec(), e);
            return new PrintResult.Failed(PrintFailure.NO_ANSWER, String.valueOf(e.getMessage()));
        }
    }
}
