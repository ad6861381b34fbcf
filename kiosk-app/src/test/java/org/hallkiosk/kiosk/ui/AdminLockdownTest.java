package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.config.PinHash;
import org.hallkiosk.kiosk.devices.KioskDevices;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The full-screen kiosk as {@code kioskctl run} shows it: on the factory PIN nobody reaches admin; with a PIN set
 * only the admin screen reached with it lets Esc, Alt+F4 and the window's close button through — the PIN pad does not.
 */
@ExtendWith(ApplicationExtension.class)
class AdminLockdownTest {

    static final String PIN = "864209";

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage primary) {
        // kioskctl run shows the kiosk on a new, undecorated stage: so does this test.
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(() -> stage.hide());
        }
    }

    private KioskUi show(FxRobot robot, KioskConfig config) {
        KioskUi[] ui = new KioskUi[1];
        robot.interact(() -> {
            KioskDevices devices = new KioskDevices(DeviceManager.create(DeviceSettings.simulated(), DeviceContext.standard(), DeviceKinds.ALL));
            KioskContext context = new KioskContext(config, Optional.empty(), new DataDirectory(dataDir),
                    new AdjustableClock(KioskUiHarness.START, java.time.ZoneId.of("Asia/Shanghai")), KioskUiHarness.BUNDLED, devices,
                    () -> "测试区政务服务中心", () -> List.of("公告"), () -> { });
            ui[0] = new KioskUi(context);
            stage = new Stage();
            stage.setScene(ui[0].scene(1280, 800));
            ui[0].lockDown(stage); // what show() does full-screen (Monocle has no full-screen window to test it with)
            stage.show();
            ui[0].shell().wake();
        });
        return ui[0];
    }

    private static KioskConfig withPin() throws Exception {
        return ConfigLoader.parse(Path.of("kiosk.yaml"), "adminPinHash: \"" + PinHash.hash(PIN, new SecureRandom()) + "\"\n");
    }

    @Test
    void onTheFactoryPinTheCornerOpensNothing(FxRobot robot) {
        KioskUi ui = show(robot, KioskConfig.defaults());
        assertThat(ui.shell().adminEnabled()).isFalse();
        robot.interact(() -> ui.shell().open(Route.of(Route.ADMIN_PIN))); // what holding the corner does
        assertThat(ui.shell().current().isHome()).isTrue();
        robot.interact(() -> ui.shell().adminAccepted());
        assertThat(ui.shell().current().isHome()).as("not even a right PIN reaches admin").isTrue();
        assertThat(closeRequestConsumed(robot)).isTrue();
        assertThat(escapeReachesTheScene(robot, ui)).isFalse();
    }

    @Test
    void onThePinPadTheGuardsStayAndOnlyTheAdminScreenLiftsThem(FxRobot robot) throws Exception {
        KioskUi ui = show(robot, withPin());
        assertThat(ui.shell().adminEnabled()).isTrue();
        robot.interact(() -> ui.shell().open(Route.of(Route.ADMIN)));
        assertThat(ui.shell().current().isHome()).as("the admin screen needs the PIN").isTrue();

        robot.interact(() -> ui.shell().open(Route.of(Route.ADMIN_PIN)));
        assertThat(ui.shell().current().screen()).isEqualTo(Route.ADMIN_PIN);
        assertThat(closeRequestConsumed(robot)).as("Alt+F4 / close on the PIN pad").isTrue();
        assertThat(escapeReachesTheScene(robot, ui)).as("Esc on the PIN pad").isFalse();

        for (char c : PIN.toCharArray()) {
            robot.clickOn("#pin-key-" + c);
        }
        robot.clickOn("#pin-ok");
        assertThat(ui.shell().current().screen()).isEqualTo(Route.ADMIN);
        assertThat(ui.shell().guardsLifted()).isTrue();
        assertThat(closeRequestConsumed(robot)).as("close on the admin screen").isFalse();
        assertThat(escapeReachesTheScene(robot, ui)).as("Esc on the admin screen").isTrue();

        robot.interact(() -> ui.shell().home());
        assertThat(closeRequestConsumed(robot)).as("after leaving admin").isTrue();
        robot.interact(() -> ui.shell().back());
        assertThat(ui.shell().current().isHome()).isTrue();
    }

    private boolean closeRequestConsumed(FxRobot robot) {
        WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.getOnCloseRequest().handle(e));
        return e.isConsumed();
    }

    private boolean escapeReachesTheScene(FxRobot robot, KioskUi ui) {
        boolean[] reached = new boolean[1];
        javafx.event.EventHandler<KeyEvent> h = e -> reached[0] = true;
        robot.interact(() -> stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, h));
        robot.interact(() -> javafx.event.Event.fireEvent(stage.getScene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        robot.interact(() -> stage.getScene().removeEventHandler(KeyEvent.KEY_PRESSED, h));
        return reached[0];
    }
}
