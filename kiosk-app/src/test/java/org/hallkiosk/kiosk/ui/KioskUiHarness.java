package org.hallkiosk.kiosk.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.kiosk.devices.KioskDevices;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.time.AdjustableClock;

/**
 * A kiosk UI for TestFX tests: default configuration, a clock that only moves when told, a data directory
 * of the test's own. Use from a {@code @Start} method: {@code harness = KioskUiHarness.show(stage, tempDir)}.
 */
public final class KioskUiHarness {

    /** A weekday morning in the hall. */
    public static final Instant START = Instant.parse("2026-11-27T01:30:00Z");

    /** The bundled catalogue, loaded once for all UI tests (it is immutable). */
    public static final CatalogueHolder BUNDLED = CatalogueHolder.bundled();

    public final AdjustableClock clock = new AdjustableClock(START, ZoneId.of("Asia/Shanghai"));
    public final AtomicBoolean exitRequested = new AtomicBoolean();
    public final KioskUi ui;
    /** The simulated devices (not started: tests open what they use). */
    public final KioskDevices devices;
    public final Scene scene;

    private KioskUiHarness(KioskConfig config, Path dataDir, Stage stage, double width, double height) {
        this(config, dataDir, stage, width, height, () -> "测试区政务服务中心");
    }

    private KioskUiHarness(KioskConfig config, Path dataDir, Stage stage, double width, double height,
                           java.util.function.Supplier<String> hallName) {
        devices = new KioskDevices(DeviceManager.create(DeviceSettings.simulated(), DeviceContext.standard(), DeviceKinds.ALL));
        KioskContext context = new KioskContext(config, Optional.empty(), new DataDirectory(dataDir), clock, BUNDLED, devices,
                hallName, () -> List.of("公告一", "公告二"), () -> exitRequested.set(true));
        ui = new KioskUi(context);
        scene = ui.scene(width, height);
        stage.setScene(scene);
        stage.show();
    }

    /** A 1920x1080 kiosk with the default configuration. */
    public static KioskUiHarness show(Stage stage, Path dataDir) {
        return new KioskUiHarness(KioskConfig.defaults(), dataDir, stage, 1920, 1080);
    }

    /** A 1920x1080 kiosk named as the bundled catalogue's hall.yaml names it (as a kiosk without hallName is). */
    public static KioskUiHarness showBundledHall(Stage stage, Path dataDir) {
        return new KioskUiHarness(KioskConfig.defaults(), dataDir, stage, 1920, 1080,
                () -> BUNDLED.current().catalogue().hall().name());
    }

    /** A kiosk with the given configuration and screen size. */
    public static KioskUiHarness show(Stage stage, Path dataDir, KioskConfig config, double width, double height) {
        return new KioskUiHarness(config, dataDir, stage, width, height);
    }

    public ShellViewModel shell() {
        return ui.shell();
    }

    /** Lets {@code seconds} of kiosk time pass, ticking once a second as the real kiosk does. */
    public void idle(long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advance(java.time.Duration.ofSeconds(1));
            ui.tick();
        }
    }
}
