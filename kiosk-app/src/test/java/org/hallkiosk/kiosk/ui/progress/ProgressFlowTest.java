package org.hallkiosk.kiosk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.hallkiosk.kiosk.ui.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 进度查询 as a visitor uses it, on the demo cases and the simulated devices. */
@ExtendWith(ApplicationExtension.class)
class ProgressFlowTest {

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir);
        kiosk.shell().wake();
    }

    @Test
    void keypadLookupShowsTheOverdueCasePlainlyAndMasked(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        click(robot, "#progress-open-keypad");
        for (char c : DemoCases.KEYPAD_CASE.caseNumber().toCharArray()) {
            click(robot, key(c));
        }
        assertThat(text(robot, "#progress-field-case-value")).isEqualTo("44010600ZJ-XK-0158");
        click(robot, "#progress-next");
        for (char c : DemoCases.KEYPAD_CASE.queryCode().toCharArray()) {
            click(robot, key(c));
        }
        click(robot, "#progress-next");
        waitFor(robot, "#screen-progress-case");

        assertThat(text(robot, "#progress-status")).isEqualTo("审查中");
        assertThat(text(robot, "#progress-deadline")).isEqualTo("已超期 3 个工作日");
        assertThat(text(robot, "#progress-deadline-detail")).contains("2026年11月24日").contains("服务台");
        String page = allText(robot.lookup("#screen-progress-case").query());
        assertThat(page).contains("申请人：陈*").doesNotContain("陈静");
        assertThat(robot.lookup("#progress-timeline .progress-step").queryAll()).hasSize(2);
    }

    @Test
    void aWedgeScannerBurstOpensTheCase(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        robot.interact(() -> {
            for (char c : (DemoCases.RECEIPT_QR + "\r").toCharArray()) {
                Event.fireEvent(kiosk.scene, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        waitFor(robot, "#screen-progress-case");
        assertThat(text(robot, "#progress-case-item")).startsWith("不动产转移登记");
        assertThat(text(robot, "#progress-deadline")).isEqualTo("还剩 5 个工作日");
        assertThat(allText(robot.lookup("#progress-pickup").query())).contains("B 区 16 号出证窗口");
    }

    @Test
    void anIdCardListsTheHoldersCasesToChooseFrom(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        click(robot, "#progress-open-card");
        assertThat(text(robot, "#progress-card-notice")).contains("不会保存");
        click(robot, "#progress-demo-card");
        waitFor(robot, "#screen-progress-list");
        assertThat(robot.lookup(".progress-list-row").queryAll()).hasSize(4);
        String list = allText(robot.lookup("#screen-progress-list").query());
        assertThat(list).contains("李*").doesNotContain("李四").doesNotContain(SimulatedCards.resident().idNumber());

        click(robot, "#progress-case-1");
        waitFor(robot, "#screen-progress-case");
        assertThat(text(robot, "#progress-status")).isEqualTo("待领取");
        assertThat(allText(robot.lookup("#progress-pickup").query())).contains("A 区 9 号出证窗口");
        click(robot, "#nav-back");
        assertThat(robot.lookup("#screen-progress-list").tryQuery()).isPresent();
    }

    @Test
    void anUnrecognisedCodeIsSaidOnTheStartPage(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        robot.interact(() -> {
            for (char c : "NOT-A-RECEIPT-123\r".toCharArray()) {
                Event.fireEvent(kiosk.scene, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#progress-notice").isEmpty());
        assertThat(text(robot, "#progress-notice")).startsWith("无法识别的二维码");
        assertThat(robot.lookup("#screen-progress-start").tryQuery()).isPresent();
    }

    @Test
    void leavingAndIdlingForgetTheCase(FxRobot robot) throws TimeoutException {
        click(robot, "#tile-progress");
        click(robot, "#progress-demo-scan");
        waitFor(robot, "#screen-progress-case");
        click(robot, "#nav-home");
        assertThat(kiosk.shell().session().get(ProgressViewModel.VISIT)).isEmpty();
        robot.interact(() -> kiosk.shell().open(progressPage("case")));
        assertThat(robot.lookup("#screen-progress-start").tryQuery()).as("nothing left to show").isPresent();

        click(robot, "#nav-home");
        click(robot, "#tile-progress");
        click(robot, "#progress-demo-scan");
        waitFor(robot, "#screen-progress-case");
        robot.interact(() -> kiosk.idle(60));
        assertThat(kiosk.shell().session().isEmpty()).isTrue();
        assertThat(robot.lookup("#screen-progress-case").tryQuery()).isEmpty();
    }

    @Test
    void largeTextAndEnglishCutNothingOff(FxRobot robot) throws TimeoutException {
        click(robot, "#toggle-elder");
        click(robot, "#toggle-language");
        click(robot, "#tile-progress");
        assertNothingTruncated(robot, "#screen-progress-start");
        click(robot, "#progress-open-keypad");
        assertNothingTruncated(robot, "#screen-progress-keypad");
        click(robot, "#nav-back");
        click(robot, "#progress-open-card");
        assertNothingTruncated(robot, "#screen-progress-card");
        click(robot, "#progress-demo-card");
        waitFor(robot, "#screen-progress-list");
        assertNothingTruncated(robot, "#screen-progress-list");
        click(robot, "#progress-case-0");
        waitFor(robot, "#screen-progress-case");
        assertNothingTruncated(robot, "#screen-progress-case");
        click(robot, "#toggle-language");
        assertNothingTruncated(robot, "#screen-progress-case");
    }

    private static Route progressPage(String argument) {
        return new Route(Route.PROGRESS, argument);
    }

    private static String key(char c) {
        return "#progress-key-" + (c == '-' ? "dash" : String.valueOf(c));
    }

    private static String text(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAs(Labeled.class).getText();
    }

    private static void waitFor(FxRobot robot, String selector) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every label's text, in scene order. */
    private static String allText(Node root) {
        StringBuilder b = new StringBuilder();
        collect(root, n -> {
            if (n instanceof Labeled l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            }
        });
        return b.toString();
    }

    /** A label whose skin shows less than its text (an ellipsis) has been cut off. */
    private static void assertNothingTruncated(FxRobot robot, String screen) throws TimeoutException {
        waitFor(robot, screen);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            Parent root = robot.lookup(screen).queryAs(Parent.class);
            root.applyCss();
            root.layout();
            collect(root, n -> {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                    Node t = l.lookup(".text");
                    if (t instanceof Text shown && !shown.getText().replace("\n", "").equals(l.getText().replace("\n", ""))) {
                        cut.add(l.getText() + " → " + shown.getText());
                    }
                }
            });
        });
        assertThat(cut).as("truncated labels on " + screen).isEmpty();
    }

    private static void collect(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, visit);
            }
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null && !s.getChildrenUnmodifiable().contains(s.getContent())) {
            collect(s.getContent(), visit);
        }
    }

    /** Clicks once the node is there: a new page's scroll pane shows its content only after the next pulse. */
    private static void click(FxRobot robot, String selector) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        robot.clickOn(selector);
    }
}
