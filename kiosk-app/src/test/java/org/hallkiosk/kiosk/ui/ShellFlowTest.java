package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hallkiosk.kiosk.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellFlowTest {

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir);
        kiosk.shell().wake();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide", "queue", "progress"})
    void eachTileOpensItsScreenAndBackReturnsHome(String tile, FxRobot robot) {
        robot.clickOn("#tile-" + tile);
        assertThat(kiosk.shell().current().screen()).isEqualTo(tile);
        assertThat(robot.lookup("#screen-home").tryQuery()).isEmpty();

        robot.clickOn("#nav-back");
        assertThat(kiosk.shell().current().isHome()).isTrue();
        assertThat(robot.lookup("#screen-home").tryQuery()).isPresent();
    }

    @Test
    void homeButtonReturnsHomeFromAnyDepth(FxRobot robot) {
        robot.clickOn("#tile-queue");
        robot.interact(() -> kiosk.shell().open(Route.of(Route.ADMIN_PIN)));
        robot.clickOn("#nav-home");
        assertThat(kiosk.shell().current().isHome()).isTrue();
        assertThat(robot.lookup("#nav-back").queryAs(Node.class).isVisible()).as("no 返回 on home").isFalse();
        robot.interact(() -> kiosk.shell().back());
        assertThat(kiosk.shell().current().isHome()).as("back from home stays home").isTrue();
    }

    @Test
    void idleTimeoutWipesTheSessionAndShowsTheAttractLoop(FxRobot robot) {
        Session.Key<String> card = new Session.Key<>("card", String.class);
        robot.clickOn("#toggle-elder");
        robot.clickOn("#toggle-language");
        robot.clickOn("#tile-progress");
        robot.interact(() -> kiosk.shell().session().put(card, "visitor data"));

        robot.interact(() -> kiosk.idle(39));
        assertThat(robot.lookup("#idle-warning").queryAs(Node.class).isVisible()).as("no warning 21 s before").isFalse();
        robot.interact(() -> kiosk.idle(1));
        assertThat(robot.lookup("#idle-warning").queryAs(Node.class).isVisible()).as("the warning 20 s before the timeout").isTrue();
        assertThat(robot.lookup("#idle-countdown").queryLabeled().getText()).startsWith("In 20 s");

        robot.interact(() -> kiosk.idle(19));
        assertThat(robot.lookup("#attract").queryAs(Node.class).isVisible()).isFalse();
        robot.interact(() -> kiosk.idle(1));
        assertThat(robot.lookup("#attract").queryAs(Node.class).isVisible()).isTrue();
        assertThat(kiosk.shell().session().isEmpty()).isTrue();
        assertThat(kiosk.shell().current().isHome()).isTrue();
        assertThat(kiosk.shell().elderModeProperty().get()).as("the next visitor starts in standard size").isFalse();
        assertThat(kiosk.shell().i18n().isChinese()).as("and in the default language").isTrue();

        robot.clickOn("#attract");
        assertThat(robot.lookup("#attract").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#screen-home").tryQuery()).isPresent();
    }

    @Test
    void theIdleWarningIsACentredCardWhoseContinueExtendsTheVisit(FxRobot robot) {
        robot.clickOn("#tile-guide");
        robot.interact(() -> kiosk.idle(40));
        Button stay = robot.lookup("#idle-continue").queryButton();
        assertThat(stay.isVisible()).isTrue();
        var box = stay.localToScene(stay.getBoundsInLocal());
        assertThat(Math.abs(box.getCenterX() - kiosk.scene.getWidth() / 2)).as("centred across").isLessThan(2);
        assertThat(Math.abs(box.getCenterY() - kiosk.scene.getHeight() / 2)).as("near the middle").isLessThan(200);
        assertThat(stay.getHeight()).as("a large target").isGreaterThanOrEqualTo(72);

        robot.clickOn(stay);
        assertThat(robot.lookup("#idle-warning").queryAs(Node.class).isVisible()).isFalse();
        assertThat(kiosk.shell().current().screen()).as("the visitor stays where they were").isEqualTo(Route.GUIDE);
        assertThat(kiosk.shell().idleSecondsLeftProperty().get()).isEqualTo(60);
    }

    @Test
    void aQrCodeStaysClearOfTheWarningFor45Seconds(FxRobot robot) {
        String item = KioskUiHarness.BUNDLED.current().catalogue().items().get(0).code();
        robot.interact(() -> kiosk.shell().open(org.hallkiosk.kiosk.ui.guide.GuideRoutes.qr(item)));
        robot.interact(() -> kiosk.idle(45));
        assertThat(robot.lookup("#idle-warning").queryAs(Node.class).isVisible()).as("45 s to photograph the code").isFalse();
        robot.interact(() -> kiosk.idle(1));
        assertThat(robot.lookup("#idle-warning").queryAs(Node.class).isVisible()).isTrue();
        robot.interact(() -> kiosk.idle(20));
        assertThat(robot.lookup("#attract").queryAs(Node.class).isVisible()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {Route.HOME, Route.GUIDE, Route.QUEUE, Route.PROGRESS})
    void everyScreenCallsStaffLikeTheHelpButton(String screen, FxRobot robot) throws Exception {
        java.util.List<String> relayed = new java.util.concurrent.CopyOnWriteArrayList<>();
        kiosk.ui.relayHelpTo((kioskId, source) -> relayed.add(kioskId + "/" + source));
        robot.interact(() -> kiosk.shell().open(Route.of(screen)));
        Button call = robot.lookup("#call-staff").queryButton();
        assertThat(call.isVisible()).isTrue();
        assertThat(call.getText()).isEqualTo("呼叫工作人员");
        assertThat(call.getHeight()).isGreaterThanOrEqualTo(60);
        robot.clickOn(call);
        assertThat(robot.lookup("#help-banner").queryLabeled().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !relayed.isEmpty());
        assertThat(relayed).containsExactly("kiosk-01/screen");
    }

    @Test
    void touchingTheAttractLoopDoesNotPressWhatIsBeneath(FxRobot robot) {
        robot.interact(() -> kiosk.shell().timeout());
        robot.clickOn(robot.lookup("#attract").queryAs(Node.class));
        assertThat(kiosk.shell().current().isHome()).isTrue();
    }

    @Test
    void languageSwitchRelabelsTheScreenInPlace(FxRobot robot) {
        assertThat(robot.lookup("#tile-guide").queryAs(Button.class).getText()).isEqualTo("办事指南");
        robot.clickOn("#toggle-language");
        assertThat(robot.lookup("#tile-guide").queryAs(Button.class).getText()).isEqualTo("Service Guide");
        assertThat(robot.lookup("#nav-back").queryAs(Button.class).getText()).isEqualTo("Back");
        robot.clickOn("#toggle-language");
        assertThat(robot.lookup("#tile-guide").queryAs(Button.class).getText()).isEqualTo("办事指南");
    }

    @ParameterizedTest
    @ValueSource(strings = {Route.HOME, Route.GUIDE, Route.QUEUE, Route.PROGRESS, Route.ADMIN_PIN})
    void elderModeEnlargesTextAndTouchTargetsOnEveryScreen(String screen, FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(Route.of(screen)));
        Map<Labeled, Double> normalFont = new IdentityHashMap<>();
        List<Labeled> labeled = visible(robot, Labeled.class);
        labeled.forEach(l -> normalFont.put(l, l.getFont().getSize()));
        for (ButtonBase b : visible(robot, ButtonBase.class)) {
            assertThat(b.getHeight()).as("touch target %s in standard mode", b.getId()).isGreaterThanOrEqualTo(60);
        }

        robot.interact(() -> kiosk.shell().toggleElderMode());
        WaitForAsyncUtils.waitForFxEvents();

        for (Labeled l : labeled) {
            assertThat(l.getFont().getSize() / normalFont.get(l))
                    .as("text of %s grows at least 1.4x", l.getId() == null ? l.getText() : l.getId())
                    .isGreaterThanOrEqualTo(1.4);
        }
        for (ButtonBase b : visible(robot, ButtonBase.class)) {
            assertThat(b.getHeight()).as("touch target %s in elder mode", b.getId()).isGreaterThanOrEqualTo(72);
        }
    }

    @Test
    void shortcutsThatLeaveTheAppAreSwallowedOutsideAdmin(FxRobot robot) {
        for (KeyCode code : List.of(KeyCode.ESCAPE, KeyCode.F4)) {
            KeyEvent e = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, code == KeyCode.F4, false);
            assertThat(ShellView.leavesTheApp(e)).as(code.toString()).isTrue();
        }
        KeyEvent ctrlQ = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Q, false, true, false, false);
        KeyEvent plainQ = new KeyEvent(KeyEvent.KEY_PRESSED, "q", "q", KeyCode.Q, false, false, false, false);
        assertThat(ShellView.leavesTheApp(ctrlQ)).isTrue();
        assertThat(ShellView.leavesTheApp(plainQ)).isFalse();

        boolean[] reached = new boolean[1];
        robot.interact(() -> kiosk.scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> reached[0] = true));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(reached[0]).as("Esc is consumed before any screen sees it").isFalse();
        robot.press(KeyCode.A).release(KeyCode.A);
        assertThat(reached[0]).as("ordinary keys pass").isTrue();
    }

    @Test
    void holdingTheCornerThreeSecondsOpensThePinPadAndFiveWrongPinsLockIt(FxRobot robot) {
        robot.moveTo("#admin-corner").press(MouseButton.PRIMARY);
        robot.interact(() -> kiosk.idle(1));
        assertThat(kiosk.shell().current().screen()).as("not after one second").isEqualTo(Route.HOME);
        robot.interact(() -> kiosk.idle(1));
        robot.release(MouseButton.PRIMARY);
        robot.interact(() -> kiosk.idle(2));
        assertThat(kiosk.shell().current().screen()).as("letting go before three seconds opens nothing").isEqualTo(Route.HOME);
        robot.moveTo("#admin-corner").press(MouseButton.PRIMARY);
        robot.interact(() -> kiosk.idle(3));
        robot.release(MouseButton.PRIMARY);
        assertThat(kiosk.shell().current().screen()).isEqualTo(Route.ADMIN_PIN);

        for (int attempt = 1; attempt <= 5; attempt++) {
            type(robot, "1234");
            robot.clickOn("#pin-ok");
        }
        assertThat(robot.lookup("#pin-message").queryLabeled().getText()).contains("60");
        type(robot, "000000");
        robot.clickOn("#pin-ok");
        assertThat(kiosk.shell().current().screen()).as("the right PIN is refused while locked").isEqualTo(Route.ADMIN_PIN);

        robot.interact(() -> kiosk.clock.advance(java.time.Duration.ofSeconds(61)));
        type(robot, "000000");
        robot.clickOn("#pin-ok");
        assertThat(kiosk.shell().current().screen()).isEqualTo(Route.ADMIN);
        assertThat(robot.lookup("#admin-factory-pin").tryQuery()).as("factory PIN warning").isPresent();
        robot.clickOn("#admin-exit");
        assertThat(kiosk.exitRequested.get()).isTrue();
    }

    @Test
    void theHelpButtonShowsStaffAreComing(FxRobot robot) {
        assertThat(robot.lookup("#help-banner").queryAs(Node.class).isVisible()).isFalse();
        robot.interact(() -> kiosk.shell().helpRequested());
        assertThat(robot.lookup("#help-banner").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#help-banner").queryLabeled().getText()).isEqualTo("工作人员马上就到，请稍候");
    }

    @Test
    void adminListsEveryDevice(FxRobot robot) {
        robot.interact(() -> {
            kiosk.shell().open(Route.of(Route.ADMIN_PIN));
            kiosk.shell().adminAccepted();
        });
        assertThat(robot.lookup("#admin-devices").queryLabeled().getText()).contains("printer").contains("idcard").contains("scanner").contains("gpio");
        assertThat(robot.lookup("#admin-content").queryLabeled().getText()).contains("42 items");
    }

    @Test
    void pinDigitsAreNeverShown(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(Route.of(Route.ADMIN_PIN)));
        type(robot, "4711");
        assertThat(robot.lookup("#pin-display").queryLabeled().getText()).isEqualTo("●●●●").doesNotContain("4");
    }

    private static void type(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#pin-key-" + c);
        }
    }

    private <T extends Node> List<T> visible(FxRobot robot, Class<T> type) {
        return robot.lookup(n -> type.isInstance(n) && n.isVisible() && n.getScene() != null && isShown(n))
                .queryAllAs(type).stream().toList();
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
