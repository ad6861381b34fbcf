package org.hallkiosk.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.gpio.SimulatedBoard;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The kiosk-wide device feeds over the simulated devices. */
class KioskDevicesTest {

    @Test
    void eachDeviceStateChangeIsLoggedOnce() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (KioskDevices devices = simulated()) {
            devices.manager().checkAll();
            long printerLines = captured.list.stream()
                    .filter(e -> e.getFormattedMessage().startsWith("device printer sim:printer:"))
                    .count();
            assertThat(printerLines).isEqualTo(1);
        } finally {
            root.detachAppender(captured);
        }
    }

    @Test
    void everySubscriberHearsThePresenceSensorAndTheHelpButtonEvenIfOneFails() throws Exception {
        try (KioskDevices devices = simulated()) {
            List<Boolean> shell = new CopyOnWriteArrayList<>();
            List<Boolean> other = new CopyOnWriteArrayList<>();
            List<HelpPress> presses = new CopyOnWriteArrayList<>();
            Subscription broken = devices.presence().subscribe("broken", present -> {
                throw new IllegalStateException("a broken screen");
            });
            devices.presence().subscribe("shell", shell::add);
            Subscription second = devices.presence().subscribe("other", other::add);
            devices.help().subscribe("shell", presses::add);
            devices.manager().checkAll(); // claims the pins; the feeds attach once the board is open
            SimulatedBoard board = devices.gpio().orElseThrow().gpio().orElseThrow().simulatedBoard().orElseThrow();

            board.drive(17, true);
            await(() -> shell.equals(List.of(true)) && other.equals(List.of(true)));
            board.drive(27, false); // the help button, active low
            await(() -> presses.size() == 1);

            broken.close();
            second.close();
            assertThat(devices.presence().owners()).containsExactly("shell");
            board.drive(17, false);
            await(() -> shell.equals(List.of(true, false)));
            assertThat(other).containsExactly(true);
        }
    }

    private static KioskDevices simulated() {
        return new KioskDevices(DeviceManager.create(DeviceSettings.simulated(), DeviceContext.standard(), DeviceKinds.ALL));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
