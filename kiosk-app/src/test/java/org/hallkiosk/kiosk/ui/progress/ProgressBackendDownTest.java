package org.hallkiosk.kiosk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The approval system is down: the screen says so plainly, points to the desk, and nothing hangs. */
@ExtendWith(ApplicationExtension.class)
class ProgressBackendDownTest {

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) throws IOException, ConfigException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        KioskConfig config = ConfigLoader.parse(dataDir.resolve("kiosk.yaml"), """
                progress:
                  source: http
                  http:
                    caseUrl: "http://127.0.0.1:%d/case?sblsh={caseNumber}&cxmm={queryCode}"
                    holderUrl: "http://127.0.0.1:%d/cases"
                    holderBody: '{"zjhm":"{idNumber}"}'

                    timeoutSeconds: 1
                """.formatted(closedPort, closedPort));
        kiosk = KioskUiHarness.show(stage, dataDir, config, 1920, 1080);
        kiosk.shell().wake();
    }

    @Test
    void aLookupAgainstADeadBackendEndsWithThePlainMessage(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        assertThat(robot.lookup("#progress-demo-badge").tryQuery()).as("real data: no demo badge").isEmpty();
        click(robot, "#progress-open-keypad");
        for (char c : "44010600ZJ-XK-0158".toCharArray()) {
            click(robot, "#progress-key-" + (c == '-' ? "dash" : String.valueOf(c)));
        }
        click(robot, "#progress-next");
        for (char c : "135790".toCharArray()) {
            click(robot, "#progress-key-" + c);
        }
        click(robot, "#progress-next");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#progress-notice").queryAs(Labeled.class).getText().isEmpty());
        assertThat(robot.lookup("#progress-notice").queryAs(Labeled.class).getText()).contains("暂时无法查询").contains("服务台");
        assertThat(robot.lookup("#progress-busy").query().isVisible()).isFalse();
        assertThat(robot.lookup("#screen-progress-keypad").tryQuery()).as("the visitor can try again").isPresent();
    }

    /** Clicks once the node is there: a new page's scroll pane shows its content only after the next pulse. */
    private static void click(FxRobot robot, String selector) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        robot.clickOn(selector);
    }
}
