package org.hallkiosk.kiosk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrintWarning;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.device.printer.StatusReading;
import org.hallkiosk.kiosk.print.ticket.TicketLayout;
import org.hallkiosk.kiosk.print.ticket.TicketPrinter;
import org.hallkiosk.kiosk.queue.AppointmentImport;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 取号排队 flow without a display: navigation, card, issuing, printing outcomes, countdown, forgetting. */
class QueueViewModelTest {

    static final QueueLine A = new QueueLine("A", "综合受理", List.of(1, 2), 0, 10, 30);
    static final QueueLine B = new QueueLine("B", "不动产登记", List.of(5), 1, 20, 30);

    /** A printer that answers as told and remembers what it was given. */
    static final class ScriptedPrinter implements ReceiptPrinter {
        PrintResult next = new PrintResult.Printed(300, List.of());
        final List<Receipt> printed = new ArrayList<>();

        @Override
        public PrintResult print(Receipt receipt) {
            printed.add(receipt);
            return next;
        }

        @Override
        public StatusReading readStatus() {
            throw new UnsupportedOperationException("not used by the flow");
        }

        @Override
        public String spec() {
            return "scripted";
        }

        @Override
        public void close() {
        }
    }

    @TempDir
    Path dir;
    final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    final ScriptedPrinter printer = new ScriptedPrinter();
    final List<Runnable> deferred = new ArrayList<>();
    Executor worker = Runnable::run;
    QueueServices q;
    ShellViewModel shell;
    QueueViewModel vm;

    @BeforeEach
    void open() {
        QueueSettings settings = QueueSettings.defaults();
        q = QueueServices.on(QueueDatabase.open(dir.resolve("queue.db"), QueueDatabase.Durability.NORMAL),
                new FixedLineCatalogue(List.of(A, B), List.of(new OpenPeriod(LocalTime.of(8, 30), LocalTime.of(17, 30))), false),
                settings, clock, "test");
        shell = new ShellViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), new Session(), new IdleTimer(clock, Duration.ofSeconds(60)));
        TicketPrinter tp = new TicketPrinter(() -> Optional.of(printer), new TicketLayout("测试大厅", clock.getZone(), settings), q.reprints());
        org.hallkiosk.kiosk.queue.KioskQueue kq = new org.hallkiosk.kiosk.queue.LocalKioskQueue(q);
        vm = new QueueViewModel(() -> kq, () -> tp, shell, clock, settings, r -> worker.execute(r), Runnable::run);
        shell.wake();
        shell.open(Route.of(Route.QUEUE));
    }

    @AfterEach
    void close() {
        q.close();
    }

    private QueueStep step() {
        return QueueStep.of(shell.current());
    }

    @Test
    void theWalkInPathIssuesPrintsAndShowsTheTicket() {
        assertThat(vm.lines()).extracting(s -> s.line().prefix()).containsExactly("A", "B");
        vm.choose("A");
        assertThat(step()).as("straight to the confirm page: 直接取号 is the next tap").isEqualTo(QueueStep.CONFIRM);
        assertThat(vm.visitor()).isEmpty();
        vm.confirm();
        assertThat(step()).isEqualTo(QueueStep.TICKET);
        IssuedTicket t = vm.issued().orElseThrow();
        assertThat(t.ticket().number()).isEqualTo("A001");
        assertThat(t.statusUrl()).endsWith(t.ticket().id());
        assertThat(vm.printStateProperty().get()).isEqualTo(new PrintState.Printed(false));
        assertThat(printer.printed).hasSize(1);
        shell.back();
        assertThat(shell.current().isHome()).as("返回 from the ticket goes home, never back to confirm").isTrue();
        assertThat(vm.issued()).as("leaving the tile forgets the ticket").isEmpty();
    }

    @Test
    void aSeniorsCardMovesThemUpAndShowsTheMaskedName() {
        q.desk().issueFor("A", Optional.empty());
        q.desk().issueFor("A", Optional.empty());
        vm.choose("A");
        vm.cardPresented(SimulatedCards.residentElder());
        assertThat(step()).isEqualTo(QueueStep.CONFIRM);
        Visitor v = vm.visitor().orElseThrow();
        assertThat(v.maskedName()).isEqualTo("张*");
        assertThat(v.elder()).isTrue();
        assertThat(vm.projected().orElseThrow().ahead()).as("the two ordinary tickets will be called after").isZero();
        vm.confirm();
        assertThat(vm.issued().orElseThrow().ticket().priority()).isEqualTo(Priority.ELDER);
        assertThat(vm.issued().orElseThrow().position().ahead()).isZero();
    }

    @Test
    void aCardOnAnotherScreenIsIgnored() {
        vm.cardPresented(SimulatedCards.resident());
        assertThat(step()).isEqualTo(QueueStep.LINES);
        assertThat(vm.visitor()).isEmpty();
    }

    @Test
    void aLineThatIsNotIssuingExplainsItself() {
        q.desk().issueFor("B", Optional.empty()); // quota 1
        vm.choose("B");
        assertThat(step()).isEqualTo(QueueStep.REFUSED);
        assertThat(vm.refusal()).contains(new Refusal.QuotaReached("不动产登记", 1));
        vm.chooseAnother();
        assertThat(step()).isEqualTo(QueueStep.LINES);
        shell.back();
        assertThat(shell.current().isHome()).isTrue();
    }

    @Test
    void aRefusalAtConfirmIsShownInsteadOfATicket() {
        vm.choose("A");
        vm.cardPresented(SimulatedCards.resident());
        vm.confirm();
        vm.finish();
        shell.open(Route.of(Route.QUEUE));
        vm.choose("A");
        vm.cardPresented(SimulatedCards.resident());
        vm.confirm();
        assertThat(step()).isEqualTo(QueueStep.REFUSED);
        assertThat(vm.refusal().orElseThrow().rule()).isEqualTo("already-waiting");
    }

    @Test
    void aPrinterFaultKeepsTheTicketQueuesTheReprintAndGivesMoreTime() {
        printer.next = new PrintResult.Failed(PrintFailure.PAPER_OUT, "printer reports paper out");
        vm.choose("A");
        vm.skipCard();
        vm.confirm();
        assertThat(step()).isEqualTo(QueueStep.TICKET);
        assertThat(vm.printStateProperty().get()).isEqualTo(new PrintState.Failed(PrintFailure.PAPER_OUT));
        assertThat(q.reprints().pending()).extracting(r -> r.ticket().number()).containsExactly("A001");
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(2 * QueueSettings.defaults().returnHomeSeconds());
    }

    @Test
    void paperNearEndStillPrints() {
        printer.next = new PrintResult.Printed(300, List.of(PrintWarning.PAPER_NEAR_END));
        vm.choose("A");
        vm.skipCard();
        vm.confirm();
        assertThat(vm.printStateProperty().get()).isEqualTo(new PrintState.Printed(true));
        assertThat(q.reprints().pending()).isEmpty();
    }

    @Test
    void theTicketScreenCountsDownAndForgetsTheVisitor() {
        vm.choose("A");
        vm.cardPresented(SimulatedCards.resident());
        vm.confirm();
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(45);
        clock.advance(Duration.ofSeconds(44));
        shell.tick();
        assertThat(shell.idleWarningProperty().get()).as("the ticket stays clear to photograph, though the idle timeout is 60 s").isFalse();
        vm.tick();
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(1);
        assertThat(step()).isEqualTo(QueueStep.TICKET);
        clock.advance(Duration.ofSeconds(1));
        vm.tick();
        assertThat(shell.current().isHome()).isTrue();
        assertThat(shell.session().isEmpty()).isTrue();
    }

    @Test
    void aTicketFinishedAfterTheVisitorLeftIsNotShownToTheNextOne() {
        worker = deferred::add;
        vm.choose("A");
        vm.skipCard();
        vm.confirm();
        assertThat(vm.issuingProperty().get()).isTrue();
        shell.timeout(); // the visitor walked away while the ticket was being issued
        deferred.remove(0).run();
        assertThat(shell.current().isHome()).isTrue();
        assertThat(vm.issued()).isEmpty();
        assertThat(q.counter().status().tickets()).as("the ticket itself is valid and stays issued").hasSize(1);
    }

    @Test
    void checkInByBookingCodeGivesAPriorityTicket() throws Exception {
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, "code,line,date,from,to\nYY-0001,A,2026-11-27,09:30,10:00\n", StandardCharsets.UTF_8);
        new AppointmentImport(q.appointments(), q.desk().lines()).importFile(csv);
        vm.startCheckIn();
        assertThat(step()).isEqualTo(QueueStep.CHECK_IN);
        vm.codeScanned("https://yuyue.example.org/b/YY-0001");
        assertThat(step()).isEqualTo(QueueStep.TICKET);
        assertThat(vm.issued().orElseThrow().ticket().priority()).isEqualTo(Priority.APPOINTMENT);
        vm.finish();
        shell.open(Route.of(Route.QUEUE));
        vm.startCheckIn();
        vm.codeScanned("YY-0001");
        assertThat(vm.refusal().orElseThrow().rule()).isEqualTo("booking-used");
    }
}
