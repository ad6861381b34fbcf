package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** English mode names the hall by hall.yaml's nameEn, and says what 大字版 does. */
@ExtendWith(ApplicationExtension.class)
class HallNameTest {

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        KioskUiHarness.showBundledHall(stage, dataDir).shell().wake();
    }

    @Test
    void englishModeShowsTheHallsEnglishName(FxRobot robot) {
        assertThat(robot.lookup("#hall-name").queryLabeled().getText()).isEqualTo("示例区政务服务中心");
        robot.clickOn("#toggle-language");
        assertThat(robot.lookup("#hall-name").queryLabeled().getText()).isEqualTo("Example District Government Service Center");
        assertThat(robot.lookup("#toggle-elder").queryLabeled().getText()).isEqualTo("Large text");
    }
}
