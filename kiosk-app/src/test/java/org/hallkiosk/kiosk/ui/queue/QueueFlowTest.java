package org.hallkiosk.kiosk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 取号排队 screens on the kiosk UI, with the bundled lines, simulated devices and the hall's Friday morning. */
@ExtendWith(ApplicationExtension.class)
class QueueFlowTest {

    @TempDir
    Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir);
        kiosk.shell().wake();
    }

    private void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void aVisitorWithoutACardTakesANumberAndSeesIt(FxRobot robot) throws Exception {
        robot.clickOn("#tile-queue");
        assertThat(robot.lookup("#screen-queue-lines").tryQuery()).isPresent();
        assertThat(robot.lookup(".queue-line").queryAll()).as("the bundled six lines").hasSize(6);
        robot.clickOn("#queue-line-A");
        assertThat(text(robot, "#queue-card-notice")).as("the notice, one line, is shown before any card is read")
                .isEqualTo("只用于本次取号，不保存身份证号码。");
        assertThat(robot.lookup("#queue-card-notice-detail").queryAs(Node.class).isVisible()).isFalse();
        assertThat(text(robot, "#queue-confirm-ahead")).isEqualTo("前面没有人等候");
        assertThat(text(robot, "#queue-confirm-windows")).isEqualTo("办理窗口：1 楼 A 区 1-6 号");
        assertThat(text(robot, "#queue-confirm")).isEqualTo("直接取号");
        robot.clickOn("#queue-confirm"); // the second tap since the list: no card needed
        waitFor(robot, "#screen-queue-ticket");
        assertThat(text(robot, "#queue-ticket-number")).isEqualTo("A001");
        assertThat(text(robot, "#queue-ticket-windows")).isEqualTo("请到 1 楼 A 区 1-6 号窗口办理");
        assertThat(robot.lookup("#queue-ticket-qr").queryAs(ImageView.class).getImage().getWidth()).isGreaterThan(200);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !(kiosk.ui.queue().model().printStateProperty().get() instanceof PrintState.Printing));
        assertThat(kiosk.ui.queue().model().printStateProperty().get()).isInstanceOf(PrintState.Printed.class);
        robot.clickOn("#queue-done");
        assertThat(kiosk.shell().current().isHome()).isTrue();
        assertThat(kiosk.shell().session().isEmpty()).isTrue();
    }

    @Test
    void detailsOpenTheWholeCardNoticeInPlace(FxRobot robot) {
        robot.clickOn("#tile-queue");
        robot.clickOn("#queue-line-A");
        robot.clickOn("#queue-card-details");
        assertThat(robot.lookup("#queue-card-notice-detail").queryAs(Node.class).isVisible()).isTrue();
        assertThat(kiosk.shell().current()).isEqualTo(QueueStep.CONFIRM.route());
    }

    @Test
    void aLineShownFullExplainsTheSameReasonAndOffersWhatElseToDo(FxRobot robot) {
        robot.interact(() -> {
            var queue = kiosk.ui.queue().services();
            for (int i = 0; i < 80; i++) {
                queue.issue("B", java.util.Optional.empty());
            }
        });
        robot.clickOn("#tile-queue");
        String shown = robot.lookup("#queue-line-B .queue-line-status").queryLabeled().getText();
        robot.clickOn("#queue-line-B");
        assertThat(text(robot, "#queue-refused-title")).as("the tile's words head the explanation").isEqualTo(shown);
        assertThat(robot.lookup("#queue-alt-booking").queryAs(Node.class).getUserData()).isEqualTo("https://zwfw.example.org/yuyue");
        assertThat(robot.lookup("#queue-alt-online").queryAs(Node.class).getUserData()).isEqualTo("https://zwfw.example.org");
        robot.clickOn("#queue-alt-call");
        assertThat(robot.lookup("#help-banner").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void englishShowsTheLinesEnglishNamesAndPlaces(FxRobot robot) {
        robot.clickOn("#toggle-language");
        robot.clickOn("#tile-queue");
        assertThat(robot.lookup("#queue-line-B .queue-line-name").queryLabeled().getText()).isEqualTo("Real Estate Registration");
        robot.clickOn("#queue-line-A");
        assertThat(text(robot, "#queue-confirm-line")).contains("General Services");
        assertThat(text(robot, "#queue-confirm-windows")).isEqualTo("Counters: 1-6, Floor 1, Zone A");
    }

    @Test
    void aSeniorsCardShowsTheirPriorityBeforeConfirming(FxRobot robot) {
        robot.clickOn("#tile-queue");
        robot.clickOn("#queue-line-C");
        robot.interact(() -> kiosk.ui.queue().cardPresented(SimulatedCards.residentElder()));
        assertThat(robot.lookup("#queue-elder-note").tryQuery()).isPresent();
        assertThat(text(robot, "#queue-elder-note")).contains("70");
    }

    @Test
    void theScreensFitAndStayLargeInElderMode(FxRobot robot) {
        robot.clickOn("#toggle-elder");
        robot.clickOn("#tile-queue");
        Button line = robot.lookup("#queue-line-A").queryAs(Button.class);
        assertThat(line.getHeight()).as("a line button is a big touch target").isGreaterThan(180);
        Node last = robot.lookup("#queue-line-F").query();
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxY()).as("all six lines fit above the footer").isLessThan(1080 - 100);
        robot.clickOn("#queue-line-A");
        Button take = robot.lookup("#queue-confirm").queryAs(Button.class);
        assertThat(take.getHeight()).isGreaterThan(100);
        robot.clickOn("#queue-card-details");
        Node notice = robot.lookup("#queue-card-notice-detail").query();
        assertThat(notice.localToScene(notice.getBoundsInLocal()).getMaxY()).as("the notice is not cut off").isLessThan(1080 - 90);
    }

    @Test
    void paperOutStillGivesAValidNumberThatAdminCanReprint(FxRobot robot) throws Exception {
        PrinterSimulator sim = kiosk.ui.queue().printerSimulator().orElseThrow();
        sim.setCondition(PrinterSimulator.Condition.PAPER_OUT);
        robot.clickOn("#tile-queue");
        robot.clickOn("#queue-line-A");
        robot.clickOn("#queue-confirm");
        waitFor(robot, "#screen-queue-ticket");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> kiosk.ui.queue().model().printStateProperty().get() instanceof PrintState.Failed);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#queue-print-state").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Labeled) n).getText()).reduce("", String::concat);
        assertThat(shown).contains("凭条没有打印出来", "缺纸", "A001 仍然有效");
        assertThat(text(robot, "#queue-ticket-number")).isEqualTo("A001");

        sim.setCondition(PrinterSimulator.Condition.READY);
        VBox[] panel = new VBox[1];
        robot.interact(() -> panel[0] = (VBox) kiosk.ui.queue().reprintPanel());
        Button reprint = (Button) panel[0].lookup("#queue-reprint-A001");
        assertThat(reprint).as("A001 waits for 补打").isNotNull();
        robot.interact(reprint::fire);
        assertThat(kiosk.ui.queue().services().reprints().pending()).isEmpty();
        assertThat(sim.textLines()).anyMatch(l -> l.contains("（补打）"));
    }
}
