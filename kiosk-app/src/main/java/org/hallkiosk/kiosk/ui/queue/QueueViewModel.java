package org.hallkiosk.kiosk.ui.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrintWarning;
import org.hallkiosk.kiosk.print.ticket.TicketPrinter;
import org.hallkiosk.kiosk.print.ticket.TicketPrintout;
import org.hallkiosk.kiosk.queue.KioskQueue;
import org.hallkiosk.kiosk.queue.LineContent;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.Visitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 取号排队 flow without a display: choose a line, optionally read the ID card, confirm, get the ticket and its
 * paper; or check in a booking. The visitor's choices live in the {@link Session}, so an idle timeout forgets them;
 * issuing and printing run on {@code worker} and report back on {@code ui}.
 */
public final class QueueViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(QueueViewModel.class);

    static final Session.Key<String> LINE = new Session.Key<>("queue.line", String.class);
    static final Session.Key<Visitor> VISITOR = new Session.Key<>("queue.visitor", Visitor.class);
    static final Session.Key<IssuedTicket> ISSUED = new Session.Key<>("queue.issued", IssuedTicket.class);
    static final Session.Key<Refusal> REFUSAL = new Session.Key<>("queue.refusal", Refusal.class);
    static final Session.Key<Instant> SHOWN_AT = new Session.Key<>("queue.ticketShownAt", Instant.class);

    private final Supplier<KioskQueue> services;
    private final Supplier<TicketPrinter> printer;
    private final ShellViewModel shell;
    private final Session session;
    private final Clock clock;
    private final QueueSettings settings;
    private final Executor worker;
    private final Executor ui;
    private final LineContent content;
    private final Supplier<RefusalOptions> options;

    private final ObjectProperty<PrintState> printState = new SimpleObjectProperty<>(new PrintState.Printing());
    private final BooleanProperty issuing = new SimpleBooleanProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();

    public QueueViewModel(Supplier<KioskQueue> services, Supplier<TicketPrinter> printer, ShellViewModel shell, Clock clock,
                          QueueSettings settings, Executor worker, Executor ui) {
        this(services, printer, shell, clock, settings, worker, ui, LineContent.none(), () -> RefusalOptions.NONE);
    }

    /**
     * With what the catalogue says about the lines (English names, floor and zone) and what a refused visitor can do
     * instead (book online, apply online).
     */
    public QueueViewModel(Supplier<KioskQueue> services, Supplier<TicketPrinter> printer, ShellViewModel shell, Clock clock,
                          QueueSettings settings, Executor worker, Executor ui, LineContent content,
                          Supplier<RefusalOptions> options) {
        this.content = content;
        this.options = options;
        this.services = services;
        this.printer = printer;
        this.shell = shell;
        this.session = shell.session();
        this.clock = clock;
        this.settings = settings;
        this.worker = worker;
        this.ui = ui;
        session.onWipe(() -> ui.execute(() -> {
            issuing.set(false);
            printState.set(new PrintState.Printing());
        }));
        // Minimum retention: the visitor's line, masked name and ticket go as soon as they leave the tile.
        shell.currentProperty().addListener((o, from, to) -> {
            if (!to.screen().equals(Route.QUEUE)) {
                leftTheTile();
            }
        });
    }

    public QueueSettings settings() {
        return settings;
    }

    /** How the paper ticket is getting on. */
    public ObjectProperty<PrintState> printStateProperty() {
        return printState;
    }

    /** True while a ticket is being issued (the confirm button waits). */
    public BooleanProperty issuingProperty() {
        return issuing;
    }

    /** Seconds until the ticket screen goes home by itself. */
    public IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    /** Every line with its waiting count, wait and, when closed, why. */
    public List<LineSummary> lines() {
        return services.get().summaries();
    }

    /** English names and notes, floor and zone of the lines. */
    public LineContent content() {
        return content;
    }

    /** What a refused visitor can do instead: book online, apply online, the help desk. */
    public RefusalOptions refusalOptions() {
        return options.get();
    }

    /**
     * The visitor chose a line: to the confirm page (直接取号, or an ID card on the reader there), or straight to the
     * reason when the line is not issuing.
     */
    public void choose(String prefix) {
        session.put(LINE, prefix);
        session.remove(VISITOR);
        Optional<LineSummary> summary = summary();
        if (summary.isEmpty()) {
            refuse(new Refusal.UnknownLine(prefix));
        } else {
            choose(summary.get());
        }
    }

    /**
     * The visitor tapped a line as the list showed it: a line shown as not issuing is refused for the reason it
     * showed, decided once, so the list and the explanation never disagree.
     */
    public void choose(LineSummary shown) {
        session.put(LINE, shown.line().prefix());
        session.remove(VISITOR);
        if (shown.notIssuing().isPresent()) {
            refuse(shown.notIssuing().get());
        } else {
            shell.open(QueueStep.CONFIRM.route());
        }
    }

    /** The chosen line now. */
    public Optional<LineSummary> summary() {
        Optional<String> prefix = session.get(LINE);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return services.get().summary(prefix.get());
    }

    /** Where the visitor would stand on the chosen line if they took a ticket now (a senior's card counts). */
    public Optional<org.hallkiosk.queue.Position> projected() {
        return summary().map(s -> services.get().projected(s.line(), session.get(VISITOR)));
    }

    /** Forgets the visitor's queue choices (not the whole session): they left the tile. */
    void leftTheTile() {
        for (Session.Key<?> k : List.of(LINE, VISITOR, ISSUED, REFUSAL, SHOWN_AT)) {
            session.remove(k);
        }
    }

    public Optional<Visitor> visitor() {
        return session.get(VISITOR);
    }

    /** Forgets a card read on the confirm page: the number is taken without it. */
    public void skipCard() {
        session.remove(VISITOR);
        if (currentStep() == QueueStep.CONFIRM) {
            shell.redraw();
        } else {
            shell.open(QueueStep.CONFIRM.route());
        }
    }

    /** Opens booking check-in. */
    public void startCheckIn() {
        session.remove(VISITOR);
        shell.open(QueueStep.CHECK_IN.route());
    }

    /**
     * A card on the reader. On the confirm page it identifies the visitor (priority, one number each), shown in place;
     * on check-in it finds the holder's booking. Elsewhere it is not the queue's business and is ignored. Only a hash
     * of the number is kept.
     */
    public void cardPresented(IdCard card) {
        QueueStep step = currentStep();
        if (step != QueueStep.CONFIRM && step != QueueStep.CHECK_IN || !isQueue()) {
            return;
        }
        Visitor visitor = services.get().visitor(card);
        session.put(VISITOR, visitor);
        if (step == QueueStep.CONFIRM) {
            shell.redraw();
        } else {
            run(() -> services.get().checkIn(visitor));
        }
    }

    /** A code from the scanner: on check-in, the booking's QR code. */
    public void codeScanned(String code) {
        if (isQueue() && currentStep() == QueueStep.CHECK_IN) {
            Optional<Visitor> visitor = session.get(VISITOR);
            run(() -> services.get().checkIn(code, visitor));
        }
    }

    /** 确认取号. */
    public void confirm() {
        Optional<String> prefix = session.get(LINE);
        if (prefix.isEmpty() || issuing.get()) {
            return;
        }
        Optional<Visitor> visitor = session.get(VISITOR);
        run(() -> services.get().issue(prefix.get(), visitor));
    }

    private void run(Supplier<IssueResult> issue) {
        issuing.set(true);
        long visit = session.visitor();
        worker.execute(() -> {
            IssueResult result;
            try {
                result = issue.get();
            } catch (RuntimeException e) {
                LOG.error("issuing failed", e);
                ui.execute(() -> issuing.set(false));
                return;
            }
            ui.execute(() -> issued(result, visit));
        });
    }

    private void issued(IssueResult result, long visit) {
        issuing.set(false);
        if (session.visitor() != visit) {
            return; // the visitor walked away meanwhile; the ticket stays valid but is not shown to the next one
        }
        if (result instanceof IssueResult.Refused r) {
            refuse(r.refusal());
            return;
        }
        IssueResult.Issued ok = (IssueResult.Issued) result;
        KioskQueue q = services.get();
        QueueLine line = q.line(ok.ticket().line()).orElseThrow();
        IssuedTicket ticket = new IssuedTicket(ok.ticket(), line, ok.position(), q.statusUrl(ok.ticket()));
        printState.set(new PrintState.Printing());
        shell.home(); // 返回 from the ticket goes home, not back to a confirm page that would issue again
        session.put(ISSUED, ticket);
        session.put(SHOWN_AT, clock.instant());
        shell.open(QueueStep.TICKET.route());
        updateCountdown();
        worker.execute(() -> {
            PrintState state = print(ticket);
            ui.execute(() -> {
                if (session.visitor() == visit) {
                    printState.set(state);
                    updateCountdown();
                }
            });
        });
    }

    private PrintState print(IssuedTicket t) {
        try {
            TicketPrintout out = printer.get().print(t.ticket(), t.line(), t.position(), t.statusUrl());
            if (out.result() instanceof PrintResult.Failed f) {
                return new PrintState.Failed(f.reason());
            }
            return new PrintState.Printed(((PrintResult.Printed) out.result()).warnings().contains(PrintWarning.PAPER_NEAR_END));
        } catch (RuntimeException e) {
            LOG.error("printing ticket {} failed", t.ticket().number(), e);
            return new PrintState.Failed(org.hallkiosk.device.printer.PrintFailure.NO_ANSWER);
        }
    }

    private void refuse(Refusal refusal) {
        shell.home();
        shell.open(QueueStep.LINES.route());
        session.put(REFUSAL, refusal);
        shell.open(QueueStep.REFUSED.route());
    }

    public Optional<IssuedTicket> issued() {
        return session.get(ISSUED);
    }

    public Optional<Refusal> refusal() {
        return session.get(REFUSAL);
    }

    /** Back to the line list from a refusal. */
    public void chooseAnother() {
        session.remove(REFUSAL);
        shell.home();
        shell.open(QueueStep.LINES.route());
    }

    /** 完成, or the countdown ran out: forget the visitor and go home. */
    public void finish() {
        session.wipe();
        shell.home();
    }

    /** Once a second: the ticket screen counts down and goes home. */
    public void tick() {
        if (isQueue() && currentStep() == QueueStep.TICKET) {
            updateCountdown();
            if (secondsLeft.get() <= 0) {
                finish();
            }
        }
    }

    private void updateCountdown() {
        Optional<Instant> shown = session.get(SHOWN_AT);
        if (shown.isEmpty()) {
            return;
        }
        int total = settings.returnHomeSeconds() * (printState.get() instanceof PrintState.Failed ? 2 : 1);
        long gone = Duration.between(shown.get(), clock.instant()).toSeconds();
        secondsLeft.set((int) Math.max(0, total - gone));
        // the shell's 还在使用吗？ must not cover the number and its QR code before the screen goes home by itself
        shell.holdScreen(secondsLeft.get());
    }

    private boolean isQueue() {
        return shell.current().screen().equals(Route.QUEUE);
    }

    private QueueStep currentStep() {
        return QueueStep.of(shell.current());
    }
}
