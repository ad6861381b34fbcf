package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A portrait kiosk (1080 px wide) in 大字版 and in English: the header's words must be whole. */
@ExtendWith(ApplicationExtension.class)
class NarrowScreenHeaderTest {

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir, KioskConfig.defaults(), 1080, 1000);
        kiosk.shell().wake();
    }

    @Test
    void headerWordsAreNeverCutInElderMode(FxRobot robot) {
        robot.interact(() -> kiosk.shell().toggleElderMode());
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot);
        robot.interact(() -> kiosk.shell().toggleLanguage());
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot);
    }

    private static void assertWhole(FxRobot robot) {
        // The label's text changes at once; the Text drawn for it at the next layout pulse, which a busy machine delays.
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                for (String id : new String[] {"#clock", "#toggle-language"}) {
                    Labeled l = robot.lookup(id).queryAs(Labeled.class);
                    if (!((Text) l.lookup(".text")).getText().equals(l.getText()) && !((Text) l.lookup(".text")).getText().contains("…")) {
                        return false;
                    }
                }
                return true;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions below say what is wrong
        }
        for (String id : new String[] {"#hall-name", "#clock", "#toggle-elder", "#toggle-language"}) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            Text shown = (Text) labeled.lookup(".text");
            assertThat(shown.getText()).as("%s shows its whole text", id).isEqualTo(labeled.getText());
        }
    }
}
