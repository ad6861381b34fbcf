package org.hallkiosk.kiosk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.hall.TestHall;
import org.hallkiosk.kiosk.print.ticket.TicketLayout;
import org.hallkiosk.kiosk.print.ticket.TicketPrinter;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 取号 flow of the screens with {@code queue.mode: hall}: the same steps, tickets from the hall server, none lost in a cut. */
class HallModeQueueFlowTest {

    @TempDir
    Path dir;
    TestHall hall;
    TestHall.Kiosk kiosk;
    final QueueViewModelTest.ScriptedPrinter printer = new QueueViewModelTest.ScriptedPrinter();
    ShellViewModel shell;
    QueueViewModel vm;

    @BeforeEach
    void open() {
        hall = new TestHall(Backend.SQLITE, dir);
        kiosk = hall.kiosk("kiosk-east", 10);
        QueueSettings settings = QueueSettings.defaults();
        shell = new ShellViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), new Session(), new IdleTimer(hall.clock, Duration.ofSeconds(60)));
        TicketPrinter tp = new TicketPrinter(() -> Optional.of(printer), new TicketLayout("测试大厅", hall.clock.getZone(), settings),
                kiosk.queue().reprints());
        vm = new QueueViewModel(kiosk::queue, () -> tp, shell, hall.clock, settings, Runnable::run, Runnable::run);
        shell.wake();
        kiosk.link().check(); // the device manager's first check: online, leases taken
    }

    @AfterEach
    void close() {
        hall.close();
    }

    private IssuedTicket takeTicket(String line) {
        shell.home();
        shell.open(Route.of(Route.QUEUE));
        vm.choose(line);
        vm.skipCard();
        vm.confirm();
        assertThat(QueueStep.of(shell.current())).isEqualTo(QueueStep.TICKET);
        IssuedTicket t = vm.issued().orElseThrow();
        vm.finish();
        return t;
    }

    @Test
    void theVisitorGetsAPrintedTicketOnlineAndOfflineAlike() {
        assertThat(takeTicket("A").ticket().number()).isEqualTo("A001");
        hall.proxy().cut();
        IssuedTicket offline = takeTicket("A");
        assertThat(offline.ticket().number()).as("from the lease, no error on screen").isEqualTo("A9000");
        assertThat(offline.position().ahead()).isEqualTo(1);
        assertThat(printer.printed).hasSize(2);
        assertThat(vm.printStateProperty().get()).isInstanceOf(PrintState.Printing.class); // reset by finish()
        hall.proxy().restore();
        hall.clock.advance(Duration.ofMinutes(1));
        kiosk.link().check();
        assertThat(hall.hall().counter().status().tickets()).extracting(t -> t.number()).containsExactly("A001", "A9000");
    }

    @Test
    void aTicketWhosePaperFailedIsInTheReprintQueueOnlineAndOffline() {
        printer.next = new org.hallkiosk.device.printer.PrintResult.Failed(org.hallkiosk.device.printer.PrintFailure.PAPER_OUT,
                "printer reports paper out");
        takeTicket("A");
        hall.proxy().cut();
        takeTicket("B");
        assertThat(kiosk.queue().reprints().pending()).extracting(r -> r.ticket().number()).containsExactly("A001", "B9000");
        assertThat(kiosk.queue().reprints().pending()).extracting(r -> r.ticket().maskedName()).containsOnly(Optional.empty());
    }

    @Test
    void aCardHoldingATicketIsToldSoByTheServersRule() {
        shell.open(Route.of(Route.QUEUE));
        vm.choose("A");
        vm.cardPresented(SimulatedCards.resident());
        assertThat(QueueStep.of(shell.current())).isEqualTo(QueueStep.CONFIRM);
        vm.confirm();
        assertThat(vm.issued().orElseThrow().ticket().maskedName()).isPresent();
        vm.finish();
        shell.open(Route.of(Route.QUEUE));
        vm.choose("A");
        vm.cardPresented(SimulatedCards.resident());
        vm.confirm();
        assertThat(QueueStep.of(shell.current())).isEqualTo(QueueStep.REFUSED);
        assertThat(vm.refusal().orElseThrow().rule()).isEqualTo("already-waiting");
    }
}
