package org.hallkiosk.kiosk.ui.guide;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.kiosk.print.notice.NoticePrinter;
import org.hallkiosk.kiosk.print.notice.OneTimeNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One item's guide and what can be done from it: print the one-time notice on the receipt printer (on a
 * thread of its own: a printer can take seconds to answer), show the QR code to take it away, or take a ticket
 * on the item's business line when the queue is in service.
 */
public final class ItemDetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ItemDetailViewModel.class);

    private final Catalogue catalogue;
    private final ServiceItem item;
    private final Clock clock;
    private final NoticePrinter printer;
    private final Executor background;
    private final Executor fx;
    private final Optional<Consumer<String>> takeTicket;
    private final OneTimeNotice notice;
    private final ObjectProperty<PrintState> printState = new SimpleObjectProperty<>(new PrintState.Idle());

    /**
     * @param background where printing runs
     * @param fx         where its result is published (the JavaFX thread)
     * @param takeTicket starts the 取号排队 flow on the line with the given prefix; empty while the queue is not in
     *                   service, which hides 取号办理
     */
    public ItemDetailViewModel(Catalogue catalogue, ServiceItem item, Clock clock, NoticePrinter printer,
                               Executor background, Executor fx, Optional<Consumer<String>> takeTicket) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.item = Objects.requireNonNull(item, "item");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.takeTicket = Objects.requireNonNull(takeTicket, "takeTicket");
        this.notice = OneTimeNotice.of(catalogue, item, LocalDateTime.now(clock));
    }

    public ServiceItem item() {
        return item;
    }

    /** The facts as the notice states them: time limits, fees, visits, windows, place, hours, phones. */
    public OneTimeNotice notice() {
        return notice;
    }

    /** The printer the notice goes to (the walkthrough reaches the simulator through it). */
    NoticePrinter printer() {
        return printer;
    }

    public ObjectProperty<PrintState> printStateProperty() {
        return printState;
    }

    /** What the QR code opens: the item on the hall's online portal. */
    public String qrPayload() {
        return catalogue.onlineUrl(item);
    }

    /** The line to take a ticket on, when the queue is in service and a line takes this item. */
    public Optional<BusinessLine> queueLine() {
        return takeTicket.isPresent() ? catalogue.lineFor(item) : Optional.empty();
    }

    /** 取号办理: the queue flow with this item's line already chosen. */
    public void takeTicket() {
        queueLine().ifPresent(line -> takeTicket.get().accept(line.prefix()));
    }

    /** Prints the notice; a second press while printing is ignored, so one press gives one notice. */
    public void printNotice() {
        if (printState.get() instanceof PrintState.Printing) {
            return;
        }
        printState.set(new PrintState.Printing());
        OneTimeNotice now = OneTimeNotice.of(catalogue, item, LocalDateTime.now(clock));
        background.execute(() -> {
            PrintState outcome;
            try {
                PrintResult result = printer.print(now);
                if (result instanceof PrintResult.Failed failed) {
                    LOG.warn("notice of {} not printed: {}", item.code(), failed.describe());
                    outcome = new PrintState.Failed(failed.reason());
                } else {
                    LOG.info("notice of {} printed", item.code());
                    outcome = new PrintState.Printed();
                }
            } catch (RuntimeException e) {
                LOG.error("notice of {} not printed", item.code(), e);
                outcome = new PrintState.Failed(org.hallkiosk.device.printer.PrintFailure.MECHANICAL_ERROR);
            }
            PrintState done = outcome;
            fx.execute(() -> printState.set(done));
        });
    }
}
