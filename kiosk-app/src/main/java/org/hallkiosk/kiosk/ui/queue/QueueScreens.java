package org.hallkiosk.kiosk.ui.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.print.ticket.TicketLayout;
import org.hallkiosk.kiosk.print.ticket.TicketPrinter;
import org.hallkiosk.kiosk.devices.Cards;
import org.hallkiosk.kiosk.devices.PageDevices;
import org.hallkiosk.kiosk.devices.Scans;
import org.hallkiosk.kiosk.queue.LineContent;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.FxPlatform;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.Screen;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.kiosk.hall.HallLink;
import org.hallkiosk.kiosk.hall.KioskQueues;
import org.hallkiosk.kiosk.queue.KioskQueue;
import org.hallkiosk.kiosk.queue.LocalKioskQueue;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;

/**
 * The 取号排队 tile: builds each step's screen for the {@link Route#QUEUE} route and owns what the steps share — the
 * queue database (opened on first use, so start-up does not wait for it) and the view model.
 *
 * <p>It prints on the kiosk's printer from the device manager, whose state (paper out, near end, offline) the manager
 * shows on the lamp and the admin screen. The card reader is polled, and the scanner listened to, only while a step
 * that wants them is on screen: the card notice (card) and booking check-in (card and booking QR code).
 */
public final class QueueScreens implements Screen {

    private final KioskContext context;
    private final Controls controls;
    private final ShellViewModel shell;
    private final LineContent lineContent;
    private final QueueViewModel model;
    private final ExecutorService background;
    private final PageDevices pageDevices;
    private final Object lock = new Object();
    private KioskQueue services;
    private TicketPrinter ticketPrinter;
    private volatile Executor worker;

    public QueueScreens(KioskContext context, ShellViewModel shell, Controls controls) {
        this.context = context;
        this.controls = controls;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "queue-worker");
            t.setDaemon(true);
            return t;
        });
        this.worker = background;
        QueueSettings settings = context.config().section(QueueSettings.class);
        this.shell = shell;
        this.lineContent = new LineContent(() -> context.content().current().catalogue().lines());
        this.model = new QueueViewModel(this::services, this::ticketPrinter, shell, context.clock(), settings,
                task -> worker.execute(task), FxPlatform::onFxThread, lineContent, this::refusalOptions);
        this.pageDevices = new PageDevices("queue", context.devices().cards(), this::cardEvent,
                context.devices().scans(), code -> FxPlatform.onFxThread(() -> model.codeScanned(code)));
        shell.idleSecondsLeftProperty().addListener((o, a, b) -> model.tick());
        shell.currentProperty().addListener((o, from, to) -> routeChanged(to));
    }

    @Override
    public Node create(Route route) {
        return switch (QueueStep.of(route)) {
            case LINES -> LineChoiceView.create(model, controls);
            case CONFIRM -> ConfirmView.create(model, controls);
            case TICKET -> TicketView.create(model, controls);
            case REFUSED -> RefusedView.create(model, controls, shell);
            case CHECK_IN -> CheckInView.create(model, controls);
        };
    }

    public QueueViewModel model() {
        return model;
    }

    /** Devices are listened to only on the steps that declare them ({@link QueueStep#needs()}). */
    private void routeChanged(Route to) {
        pageDevices.need(to.screen().equals(Route.QUEUE) ? QueueStep.of(to).needs() : Set.of());
    }

    private void cardEvent(IdCardEvent event) {
        if (event instanceof IdCardEvent.CardPlaced placed) {
            cardPresented(placed.card());
        }
    }

    /** An ID card was read: used on the card notice and on booking check-in, ignored elsewhere. */
    public void cardPresented(IdCard card) {
        FxPlatform.onFxThread(() -> model.cardPresented(card));
    }

    /** The card reader, for the walkthrough to place a simulated card on. */
    public Cards cards() {
        return context.devices().cards();
    }

    /** The scanner, for the walkthrough to scan a simulated booking code. */
    public Scans scans() {
        return context.devices().scans();
    }

    /**
     * Runs issuing and printing on the calling thread instead of in the background: for the headless walkthrough,
     * whose screenshots must show the finished result of each step.
     */
    public void workInline() {
        worker = Runnable::run;
    }

    /** The kiosk's printer, when it is the simulator: the walkthrough takes its paper and switches its faults. */
    public Optional<PrinterSimulator> printerSimulator() {
        return context.devices().printer().flatMap(PrinterDevice::simulator);
    }

    /** With a simulated printer: write each printed receipt as a PNG into {@code dir} (the walkthrough's output). */
    public void saveTicketsTo(Path dir) {
        printerSimulator().ifPresent(sim -> sim.writeReceiptsTo(dir));
    }

    /**
     * Switches the tile to a new, empty queue database in {@code dir}: the walkthrough's visit must not add tickets
     * to a real hall's queue, and must number the same way every time it runs.
     */
    public QueueServices useFreshDatabase(Path dir) {
        synchronized (lock) {
            if (services instanceof LocalKioskQueue) {
                services.close();
            }
            try {
                Files.createDirectories(dir);
                for (String suffix : new String[] {"-wal", "-shm", ""}) {
                    Files.deleteIfExists(dir.resolve(QueueServices.FILE + suffix));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot prepare the demo queue in " + dir, e);
            }
            QueueServices fresh = QueueServices.open(dir, new CatalogueLines(() -> context.content().current().catalogue()),
                    context.config().section(QueueSettings.class), context.clock(), context.config().kioskId());
            services = new LocalKioskQueue(fresh);
            ticketPrinter = null;
            return fresh;
        }
    }

    /** Erases past days' codes and names if the queue is open and the day has changed (the kiosk asks each minute). */
    public void forgetPastDays() {
        synchronized (lock) {
            if (services != null) {
                services.forgetPastDays();
            }
        }
    }

    /**
     * The queue, opened on first use: the kiosk's own database, or in hall mode the hall server through the
     * {@link HallLink} the device manager watches (which owns it).
     */
    public KioskQueue services() {
        synchronized (lock) {
            if (services == null) {
                Optional<HallLink> link = KioskQueues.mode(context.config()).hall()
                        ? context.devices().manager().device(HallLink.NAME, HallLink.class) : Optional.empty();
                services = link.<KioskQueue>map(HallLink::queue).orElseGet(() -> KioskQueues.localMode(
                        KioskQueues.local(context.config(), context.data().root(),
                                new CatalogueLines(() -> context.content().current().catalogue()), context.clock())));
            }
            return services;
        }
    }

    private TicketPrinter ticketPrinter() {
        synchronized (lock) {
            if (ticketPrinter == null) {
                String hall = context.config().hallName().isBlank() ? context.hallName().get() : context.config().hallName();
                TicketLayout layout = new TicketLayout(hall, context.clock().getZone(), context.config().section(QueueSettings.class),
                        lineContent);
                ticketPrinter = new TicketPrinter(() -> context.devices().printer().map(p -> (ReceiptPrinter) p), layout,
                        services().reprints());
            }
            return ticketPrinter;
        }
    }

    /** Prints a queued ticket again (补打) on the kiosk's printer, with its place in line now. */
    public org.hallkiosk.kiosk.print.ticket.TicketPrintout reprint(org.hallkiosk.queue.Ticket ticket) {
        KioskQueue q = services();
        org.hallkiosk.queue.QueueLine line = q.line(ticket.line())
                .orElseGet(() -> new org.hallkiosk.queue.QueueLine(ticket.line(), ticket.line(), java.util.List.of(), 0, 1, 0));
        org.hallkiosk.queue.Position p = q.position(ticket).orElse(new org.hallkiosk.queue.Position(0, 0));
        return ticketPrinter().reprint(ticket, line, p, q.statusUrl(ticket));
    }

    private RefusalOptions refusalOptions() {
        org.hallkiosk.content.model.Portal portal = context.content().current().catalogue().hall().portal();
        return new RefusalOptions(portal.booking(), java.util.Optional.of(portal.baseUrl()));
    }

    /** The admin's 补打 panel: today's tickets waiting for paper. */
    public Node reprintPanel() {
        return ReprintPanel.create(this, controls, context.clock().getZone());
    }

    /** Closes the queue database and stops listening to devices (the devices themselves are the manager's). */
    @Override
    public void close() {
        background.shutdownNow();
        pageDevices.close();
        synchronized (lock) {
            if (services instanceof LocalKioskQueue) {
                services.close(); // a hall queue belongs to its HallLink, which the device manager closes
            }
        }
    }
}
