package org.hallkiosk.kiosk.ui.progress;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.hallkiosk.kiosk.demo.Walkthrough;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/**
 * The walkthrough's 进度查询 steps, played on the demo cases: a receipt scanned by a keyboard-wedge scanner, the same
 * case in 大字版, an unrecognised code, a keypad lookup of an overdue case, and an ID card read on the simulated reader
 * with the holder's list and one of the cases. Starts on the progress start page.
 */
public final class ProgressWalkthrough {

    /** Longest wait for a lookup or a card read before the step gives up (and its screenshot shows why). */
    static final Duration WAIT = Duration.seconds(15);

    private final ShellViewModel shell;
    private final Scene scene;

    private ProgressWalkthrough(ShellViewModel shell, Scene scene) {
        this.shell = shell;
        this.scene = scene;
    }

    /** Adds the steps to {@code walk}; the kiosk must be on the progress start page when they begin. */
    public static void addSteps(Walkthrough walk, ShellViewModel shell, Scene scene) {
        ProgressWalkthrough p = new ProgressWalkthrough(shell, scene);
        walk.add("progress-scan", "扫描回执二维码 → 办件进度（审查中，还剩工作日）/ A scanned receipt shows its case", () -> {
            p.wedgeScan(DemoCases.RECEIPT_QR);
            p.until("#screen-progress-case");
        });
        walk.add("progress-case-elder", "同一办件（大字版）/ The same case in elder mode", shell::toggleElderMode);
        walk.add("progress-unrecognised", "无法识别的二维码 / A code that is not a receipt", () -> {
            shell.toggleElderMode();
            p.press("#progress-another");
            p.wedgeScan("https://weixin.qq.com/r/abc123");
            p.until("#progress-notice", n -> n.isVisible() && !((javafx.scene.control.Label) n).getText().isEmpty());
        });
        walk.add("progress-keypad", "输入办件编号和查询码 / Case number and query code typed on the keypad", () -> {
            p.press("#progress-open-keypad");
            p.type(DemoCases.KEYPAD_CASE.caseNumber());
            p.press("#progress-next");
            p.type(DemoCases.KEYPAD_CASE.queryCode());
        });
        walk.add("progress-overdue", "超期办件：明确提示 / An overdue case says so plainly", () -> {
            p.press("#progress-next");
            p.until("#screen-progress-case");
        });
        walk.add("progress-card", "刷身份证：放卡提示和用途说明 / ID card page with its purpose notice", () -> {
            p.press("#progress-another");
            p.press("#progress-open-card");
        });
        walk.add("progress-card-list", "读卡后列出本人名下办件 / The card holder's cases", () -> {
            p.press("#progress-demo-card");
            p.until("#screen-progress-list");
        });
        walk.add("progress-card-case", "选择一件：待领取及领取地点 / One of them: ready for collection, and where", () -> {
            p.press("#progress-case-1");
            p.until("#screen-progress-case");
        });
    }

    /** Types {@code text} on the on-screen keypad. */
    private void type(String text) {
        for (char c : text.toCharArray()) {
            press("#progress-key-" + (c == '-' ? "dash" : String.valueOf(c)));
        }
    }

    private void press(String selector) {
        // A new page's scroll pane shows its content only once CSS has made its skin.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Node n = scene.lookup(selector);
        if (n instanceof ButtonBase b) {
            b.fire();
        } else if (n != null && n.getProperties().get(ProgressView.ACTION) instanceof Runnable tap) {
            tap.run();
        } else {
            throw new IllegalStateException("walkthrough: nothing to press at " + selector + " on screen " + shell.current());
        }
    }

    /** A keyboard-wedge scanner's burst: every character a few microseconds apart, then Enter. */
    private void wedgeScan(String code) {
        for (char c : (code + "\r").toCharArray()) {
            Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
    }

    private void until(String selector) {
        until(selector, n -> true);
    }

    /**
     * Lets the JavaFX thread run (lookups and card reads finish on other threads) until {@code selector} shows and
     * satisfies {@code ready}, or {@link #WAIT} passes.
     */
    private void until(String selector, java.util.function.Predicate<Node> ready) {
        Object key = new Object();
        long deadline = System.nanoTime() + (long) WAIT.toMillis() * 1_000_000;
        java.util.function.BooleanSupplier done = () -> {
            scene.getRoot().applyCss();
            Node n = scene.lookup(selector);
            return n != null && ready.test(n) || System.nanoTime() > deadline;
        };
        if (done.getAsBoolean()) {
            return;
        }
        boolean[] exited = {false};
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(25), e -> {
            if (!exited[0] && done.getAsBoolean()) {
                exited[0] = true;
                Platform.exitNestedEventLoop(key, null);
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        Platform.enterNestedEventLoop(key);
        poll.stop();
    }
}
