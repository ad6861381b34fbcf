package org.hallkiosk.kiosk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.devices.KioskDevices;
import org.hallkiosk.kiosk.session.IdleTimer;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tile's lifecycle: closing the screen stops the thread its lookups run on. */
class ProgressScreenTest {

    @TempDir
    Path dir;

    @Test
    void closingTheScreenStopsItsLookupThread() throws Exception {
        AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-27T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        ShellViewModel shell = new ShellViewModel(i18n, new Session(), new IdleTimer(clock, Duration.ofSeconds(60)));
        try (KioskDevices devices = new KioskDevices(
                DeviceManager.create(DeviceSettings.simulated(), DeviceContext.standard(), DeviceKinds.ALL))) {
            KioskContext context = new KioskContext(KioskConfig.defaults(), Optional.empty(), new DataDirectory(dir), clock,
                    KioskUiHarness.BUNDLED, devices, () -> "hall", List::of, () -> { });
            ProgressScreen screen = new ProgressScreen(shell, new Controls(i18n), context);
            assertThat(screen.closed()).isFalse();

            screen.close();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!screen.closed() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(screen.closed()).isTrue();
            assertThat(devices.scans().owners()).as("and holds no device").isEmpty();
        }
    }
}
