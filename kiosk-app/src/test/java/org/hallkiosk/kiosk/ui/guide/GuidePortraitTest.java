package org.hallkiosk.kiosk.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.hallkiosk.kiosk.ui.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guide 1080 px wide — a portrait kiosk's width — in elder mode: the narrowest case for the keyboard and the
 * texts. (The window is 1080 high, not 1920: the headless test screen is 1920 x 1080 and a click below it would miss.)
 */
@ExtendWith(ApplicationExtension.class)
class GuidePortraitTest {

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir, KioskConfig.defaults(), 1080, 1080);
        kiosk.shell().wake();
        kiosk.shell().toggleElderMode();
    }

    @AfterEach
    void closeDevices() {
        kiosk.devices.close();
    }

    @Test
    void everyGuideScreenFitsWithNothingCutShortAndBigTargets(FxRobot robot) {
        for (Route r : List.of(Route.of(Route.GUIDE), GuideRoutes.themes(Audience.LEGAL_PERSON), GuideRoutes.departments(),
                GuideRoutes.search(), GuideRoutes.item(GuideFlowTest.COMPANY), GuideRoutes.qr(GuideFlowTest.COMPANY))) {
            robot.interact(() -> kiosk.shell().open(r));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Parent content = robot.lookup("#content").queryAs(javafx.scene.Parent.class);
            assertThat(GuideFlowTest.truncated(content)).as("cut-off texts on %s", r).isEmpty();
            for (ButtonBase b : robot.from(content).lookup((Node n) -> n instanceof ButtonBase && GuideFlowTest.isShown(n)).queryAllAs(ButtonBase.class)) {
                assertThat(b.getHeight()).as("touch target %s on %s", b.getId(), r).isGreaterThanOrEqualTo(72);
                assertThat(b.getWidth()).as("touch target %s on %s", b.getId(), r).isGreaterThanOrEqualTo(72);
            }
        }
    }

    @Test
    void theKeyboardTypesInPortraitToo(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.search()));
        for (char c : "sfz".toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        Node results = robot.lookup("#guide-results").query();
        assertThat(results.isVisible()).isTrue();
        assertThat(robot.lookup("#guide-result-99010100GA-GG-0001").tryQuery()).as("居民身份证换领").isPresent();
    }
}
