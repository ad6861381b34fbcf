package org.hallkiosk.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.scanner.SerialScanner;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.ReceiptQrReader;
import org.hallkiosk.kiosk.progress.WorkingDays;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel;
import org.hallkiosk.kiosk.ui.queue.QueueStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 取号 flow, the 进度查询 flow and the admin's device tests take turns on one card reader and one scanner (the
 * simulators, through the real drivers): whoever holds the page gets the card and the code, in every order, and
 * nothing stays subscribed afterwards.
 */
class SharedDevicesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T01:30:00Z"), ZONE);
    private final ShellViewModel shell = new ShellViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), new Session(),
            new IdleTimer(clock, Duration.ofSeconds(60)));
    private final BlockingQueue<Runnable> progressLookups = new LinkedBlockingQueue<>();
    private final BlockingQueue<IdCardEvent> queueCards = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> queueCodes = new LinkedBlockingQueue<>();
    private KioskDevices devices;
    private CaseInquiry inquiry;
    private PageDevices queue;
    private DeviceChecks admin;

    @BeforeEach
    void setUp() throws Exception {
        devices = new KioskDevices(DeviceManager.create(DeviceSettings.simulated(), DeviceContext.standard(), DeviceKinds.ALL));
        devices.manager().checkAll(); // opens the simulators' links, as the manager does at start
        inquiry = new CaseInquiry(DemoCases.store(LocalDate.of(2026, 11, 27), ZONE),
                new ReceiptQrReader(ProgressSettings.defaults().qrRules()), true, WorkingDays.mondayToFriday(), clock);
        // the progress flow's own view model; its lookups are only counted here
        new ProgressViewModel(shell, ProgressSettings.defaults(), () -> inquiry, devices.cards(), devices.scans(),
                progressLookups::add, Runnable::run);
        // the queue flow holds what its steps declare, exactly as QueueScreens does
        queue = new PageDevices("queue", devices.cards(), queueCards::add, devices.scans(), queueCodes::add);
        admin = new DeviceChecks(devices, clock);
        shell.wake();
    }

    @AfterEach
    void tearDown() {
        queue.close();
        inquiry.close();
        devices.close();
    }

    private enum Owner { QUEUE, PROGRESS, ADMIN }

    @Test
    void theFlowsAndAdminTakeTurnsInEveryOrder() throws Exception {
        for (List<Owner> order : permutations(List.of(Owner.values()))) {
            for (Owner owner : order) {
                takeTurn(owner);
                assertNothingHeld();
            }
        }
    }

    @Test
    void nothingLeaksAfterAThousandAlternations() throws Exception {
        List<List<Owner>> orders = permutations(List.of(Owner.values()));
        for (int i = 0; i < 1000; i++) {
            Owner owner = orders.get(i % orders.size()).get(i % 3);
            switch (owner) {
                case QUEUE -> {
                    queue.need(QueueStep.CHECK_IN.needs());
                    queue.close();
                }
                case PROGRESS -> {
                    shell.open(ProgressViewModel.Page.CARD.route());
                    shell.home();
                }
                case ADMIN -> {
                    // an admin test left before it ended (the operator closed the screen) is cancelled
                    admin.scanOnce().cancel(false);
                    admin.readCard().cancel(false);
                }
            }
        }
        assertNothingHeld();
        // and the devices still work for the next visitor
        takeTurn(Owner.QUEUE);
        takeTurn(Owner.PROGRESS);
        takeTurn(Owner.ADMIN);
        assertNothingHeld();
    }

    private void takeTurn(Owner owner) throws Exception {
        String code = DemoCases.RECEIPT_QR;
        switch (owner) {
            case QUEUE -> {
                shell.open(QueueStep.CHECK_IN.route());
                queue.need(QueueStep.CHECK_IN.needs());
                awaitListening();
                devices.scans().simulateScan(code);
                assertThat(queueCodes.poll(5, TimeUnit.SECONDS)).as("queue gets the code").isEqualTo(code);
                devices.cards().simulatePlacing(SimulatedCards.residentElder());
                assertThat(nextPlaced(queueCards)).as("queue gets the card").isTrue();
                queue.need(QueueStep.LINES.needs());
                shell.home();
            }
            case PROGRESS -> {
                shell.open(ProgressViewModel.Page.CARD.route());
                awaitListening();
                devices.scans().simulateScan(code);
                Runnable lookup = progressLookups.poll(5, TimeUnit.SECONDS);
                assertThat(lookup).as("progress looks the scanned receipt up").isNotNull();
                lookup.run(); // shows the case, which lets go of the reader
                shell.open(ProgressViewModel.Page.CARD.route());
                devices.cards().simulatePlacing(SimulatedCards.resident());
                assertThat(progressLookups.poll(5, TimeUnit.SECONDS)).as("progress looks the card holder up").isNotNull();
                shell.home();
            }
            case ADMIN -> {
                var scan = admin.scanOnce();
                awaitListening();
                devices.scans().simulateScan(code);
                assertThat(scan.get(5, TimeUnit.SECONDS)).isEqualTo("scanned: " + code);
                assertThat(admin.readCard().get(5, TimeUnit.SECONDS)).startsWith("ResidentIdCard: ");
            }
        }
        assertThat(queueCodes).as("nobody but the page on screen gets a code").isEmpty();
        assertThat(progressLookups).isEmpty();
    }

    private void assertNothingHeld() throws InterruptedException {
        await(() -> devices.cards().owners().isEmpty() && devices.scans().owners().isEmpty());
        IdCardReaderDevice reader = devices.idCardReader().orElseThrow();
        SerialScanner scanner = devices.scanner().orElseThrow().scanner();
        assertThat(reader.subscriberCount()).isZero();
        assertThat(reader.isPolling()).isFalse();
        assertThat(scanner.subscriberCount()).isZero();
    }

    private void awaitListening() throws InterruptedException {
        await(() -> devices.scanner().orElseThrow().scanner().isListening());
    }

    private static boolean nextPlaced(BlockingQueue<IdCardEvent> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            IdCardEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e instanceof IdCardEvent.CardPlaced) {
                events.clear();
                return true;
            }
        }
        return false;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (T first : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>(List.of(first));
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}
