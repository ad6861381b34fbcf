package org.hallkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceManagerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private DeviceManager manager;

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.close();
        }
    }

    private DeviceSettings simulatedPrinter(Duration poll) {
        DeviceSettings.Printer printer = DeviceSettings.Printer.simulated().withReceiptsDir(dir.resolve("receipts"));
        return new DeviceSettings(printer, "", "", "", poll, new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    @Test
    void simulatedPrinterComesUpOkAndFollowsItsCondition() throws Exception {
        manager = DeviceManager.create(simulatedPrinter(Duration.ofMillis(100)), DeviceContext.standard(), DeviceKinds.ALL);
        EventLog log = new EventLog();
        manager.addListener(log);
        manager.start();
        log.await(0, EventLog.health("printer", Health.OK), WAIT, "printer OK");
        assertThat(manager.worst()).isEqualTo(Health.OK);

        PrinterDevice printer = manager.device("printer", PrinterDevice.class).orElseThrow();
        PrinterSimulator sim = printer.simulator().orElseThrow();

        int mark = log.size();
        sim.setCondition(PrinterSimulator.Condition.PAPER_NEAR_END);
        DeviceEvent degraded = log.await(mark, EventLog.health("printer", Health.DEGRADED), WAIT, "near end");
        assertThat(degraded.current().reason()).contains("纸将用尽").contains("paper near end");
        assertThat(manager.worst()).isEqualTo(Health.DEGRADED);

        mark = log.size();
        sim.setCondition(PrinterSimulator.Condition.COVER_OPEN);
        DeviceEvent offline = log.await(mark, EventLog.health("printer", Health.OFFLINE), WAIT, "cover open");
        assertThat(offline.current().reason()).isEqualTo("纸仓盖打开 / cover open");
        assertThat(offline.previous().health()).isEqualTo(Health.DEGRADED);

        mark = log.size();
        sim.setCondition(PrinterSimulator.Condition.READY);
        log.await(mark, EventLog.health("printer", Health.OK), WAIT, "recovered");
    }

    @Test
    void printingThroughTheManagerWritesAReceiptPngAndReportsFailuresAtOnce() throws Exception {
        manager = DeviceManager.create(simulatedPrinter(Duration.ofMinutes(10)), DeviceContext.standard(), DeviceKinds.ALL);
        EventLog log = new EventLog();
        manager.addListener(log);
        manager.checkAll();
        PrinterDevice printer = manager.device("printer", PrinterDevice.class).orElseThrow();
        PrintResult ok = printer.print(Receipt.builder().heading("政务服务中心", 2, Receipt.Align.CENTER).cut().build());
        assertThat(ok.printed()).isTrue();
        assertThat(printer.simulator().orElseThrow().awaitCuts(1, WAIT)).isTrue();
        Path png = printer.simulator().orElseThrow().lastReceiptPng().orElseThrow();
        assertThat(Files.size(png)).isPositive();

        printer.simulator().orElseThrow().setCondition(PrinterSimulator.Condition.PAPER_OUT);
        int mark = log.size();
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(Receipt.builder().text("x").build());
        assertThat(failed.reason()).isEqualTo(PrintFailure.PAPER_OUT);
        // no poll is due for ten minutes: the print itself reported the state
        DeviceEvent event = log.await(mark, EventLog.health("printer", Health.OFFLINE), Duration.ofSeconds(1), "paper out");
        assertThat(event.current().reason()).isEqualTo("缺纸 / paper out");
    }

    @Test
    void anUnprintableReceiptDoesNotMarkThePrinterOffline() {
        manager = DeviceManager.create(simulatedPrinter(Duration.ofMinutes(10)), DeviceContext.standard(), DeviceKinds.ALL);
        manager.checkAll();
        PrinterDevice printer = manager.device("printer", PrinterDevice.class).orElseThrow();
        Receipt tooWide = Receipt.builder().image(new org.hallkiosk.device.printer.Bitmap(800, 1, new byte[100]), Receipt.Align.LEFT).build();
        PrintResult.Failed failed = (PrintResult.Failed) printer.print(tooWide);
        assertThat(failed.reason()).isEqualTo(PrintFailure.UNPRINTABLE);
        assertThat(manager.state("printer").orElseThrow().health()).isEqualTo(Health.OK);
    }

    @Test
    void deviceThatComesBackIsReportedAndBackoffSpacesRetries() throws Exception {
        AtomicReference<DeviceState> next = new AtomicReference<>(new DeviceState.Offline("unplugged"));
        FakeDevice fake = new FakeDevice("scanner", next);
        manager = new DeviceManager(List.of(fake), Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(80)), Clock.systemUTC());
        EventLog log = new EventLog();
        manager.addListener(log);
        manager.start();
        log.await(0, EventLog.health("scanner", Health.OFFLINE), WAIT, "offline");
        next.set(DeviceState.ok());
        DeviceEvent back = log.await(0, EventLog.health("scanner", Health.OK), WAIT, "back");
        assertThat(back.previous()).isEqualTo(new DeviceState.Offline("unplugged"));
        // the same state twice is one event, not two
        assertThat(log.events().stream().filter(e -> e.current().equals(new DeviceState.Offline("unplugged")))).hasSize(1);
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));
        assertThat(List.of(b.after(1), b.after(2), b.after(3), b.after(4), b.after(5), b.after(50)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(15), Duration.ofSeconds(15));
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThrowingDeviceOrListenerDoesNotStopTheManager() throws Exception {
        ManagedDevice broken = new ManagedDevice() {
            @Override public String name() { return "gpio"; }
            @Override public String spec() { return "sim:gpio"; }
            @Override public DeviceState check() { throw new IllegalStateException("boom"); }
            @Override public void close() { }
        };
        manager = new DeviceManager(List.of(broken), Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(40)), Clock.systemUTC());
        manager.addListener(e -> {
            throw new IllegalStateException("listener bug");
        });
        EventLog log = new EventLog();
        manager.addListener(log);
        assertThat(manager.checkAll().get("gpio").reason()).contains("boom");
        assertThat(log.events()).hasSize(1);
    }

    @Test
    void badSettingsNameTheProblem() {
        DeviceSettings.Printer bad = DeviceSettings.Printer.simulated().withSpec("serial:/dev/ttyUSB0?baud=fast");
        DeviceSettings settings = new DeviceSettings(bad, "", "", "", Duration.ofSeconds(5), Backoff.defaults());
        assertThatThrownBy(() -> DeviceManager.create(settings, DeviceContext.standard(), DeviceKinds.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baud 'fast'");
        assertThatThrownBy(() -> new DeviceSettings.Printer("sim:printer", "nonesuch", 80, 0, Duration.ofSeconds(1), Optional.empty(), Optional.empty()))
                .hasMessageContaining("unknown printer profile 'nonesuch'");
        assertThatThrownBy(() -> new DeviceSettings.Printer("sim:printer", "generic", 76, 0, Duration.ofSeconds(1), Optional.empty(), Optional.empty()))
                .hasMessageContaining("58 or 80");
    }

    @Test
    void unfittedDevicesAreLeftOut() {
        DeviceSettings none = new DeviceSettings(DeviceSettings.Printer.simulated().withSpec("none"), "", "", "",
                Duration.ofSeconds(5), Backoff.defaults());
        manager = DeviceManager.create(none, DeviceContext.standard(), DeviceKinds.ALL);
        assertThat(manager.devices()).isEmpty();
        assertThat(manager.worst()).isEqualTo(Health.OK);
    }

    /** A device whose state the test sets. */
    private record FakeDevice(String name, AtomicReference<DeviceState> next) implements ManagedDevice {
        @Override public String spec() { return "sim:" + name; }
        @Override public DeviceState check() { return next.get(); }
        @Override public void close() { }
    }
}
