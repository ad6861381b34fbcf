package org.hallkiosk.kiosk.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.FxPlatform;
import org.hallkiosk.kiosk.ui.KioskUi;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/**
 * A scripted visit through every screen, one PNG per step plus {@code steps.txt}: how we look at the kiosk
 * as a visitor would, without a display or hardware.
 */
public final class Walkthrough {

    /** One step: what the visitor does, and the screenshot's name. */
    public record Step(String name, String description, Runnable action) {
    }

    private final KioskUi ui;
    private final AdjustableClock clock;
    private final Scene scene;
    private final List<Step> steps = new ArrayList<>();
    private Path out;

    public Walkthrough(KioskUi ui, AdjustableClock clock, Scene scene) {
        this.ui = ui;
        this.clock = clock;
        this.scene = scene;
    }

    /** The standard visit: home, elder mode, language, each tile, idle timeout, attract loop, admin. */
    public Walkthrough standardVisit() {
        ShellViewModel shell = ui.shell();
        add("attract", "待机轮播 / Attract loop before anyone touches the screen", () -> { });
        add("home", "首页 / Home after a touch", shell::wake);
        add("home-elder", "大字版首页 / Home in elder mode", shell::toggleElderMode);
        add("guide-elder", "办事指南（大字版）/ Service guide tile in elder mode", () -> shell.open(Route.of(Route.GUIDE)));
        add("home-standard", "回到标准版首页 / Back home, standard size", () -> {
            shell.home();
            shell.toggleElderMode();
        });
        add("home-english", "英文首页 / Home in English", shell::toggleLanguage);
        org.hallkiosk.kiosk.ui.queue.QueueWalkthrough.addSteps(this, ui);
        add("queue-english", "取号排队（英文）/ Take a number tile in English", () -> shell.open(Route.of(Route.QUEUE)));
        add("progress", "进度查询 / Case progress tile", () -> {
            shell.home();
            shell.toggleLanguage();
            shell.open(Route.of(Route.PROGRESS));
        });
        org.hallkiosk.kiosk.ui.progress.ProgressWalkthrough.addSteps(this, shell, scene);
        add("idle-warning", "无操作倒计时 / Idle countdown in the footer", () -> idleFor(ui, shell.idleSecondsLeftProperty().get() - 8));
        add("idle-timeout", "超时回到待机 / Timeout wipes the session and shows the attract loop", () -> idleFor(ui, 10));
        add("admin-pin", "管理员 PIN / Admin PIN pad after a 3-second corner press", () -> {
            shell.wake();
            shell.open(Route.of(Route.ADMIN_PIN));
        });
        add("admin", "管理页 / Admin screen", () -> {
            for (char c : "000000".toCharArray()) {
                ((javafx.scene.control.Button) scene.lookup("#pin-key-" + c)).fire();
            }
            ((javafx.scene.control.Button) scene.lookup("#pin-ok")).fire();
        });
        add("home-again", "退出管理 / Leaving admin returns home", shell::home);
        org.hallkiosk.kiosk.ui.guide.GuideWalkthrough.addSteps(this, shell, scene);
        return this;
    }

    private void idleFor(KioskUi ui, long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            ui.tick();
        }
    }

    public Walkthrough add(String name, String description, Runnable action) {
        steps.add(new Step(name, description, action));
        return this;
    }

    /** Where {@link #run} writes, for steps that save files of their own (a printed receipt, a PDF); null before. */
    public Path outputDirectory() {
        return out;
    }

    /** Plays every step and writes {@code NN-name.png} and {@code steps.txt} into {@code out}. */
    public List<Path> run(Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        this.out = out;
        List<Path> written = new ArrayList<>();
        StringBuilder index = new StringBuilder();
        int n = 1;
        for (Step step : steps) {
            String file = String.format("%02d-%s.png", n++, step.name());
            FxPlatform.run(step.action());
            BufferedImage image = FxPlatform.call(() -> snapshot(scene));
            Path png = out.resolve(file);
            ImageIO.write(image, "png", png.toFile());
            written.add(png);
            index.append(file).append('\t').append(step.description()).append('\n');
        }
        Files.writeString(out.resolve("steps.txt"), index.toString(), StandardCharsets.UTF_8);
        return written;
    }

    private static BufferedImage snapshot(Scene scene) {
        javafx.scene.Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        WritableImage image = scene.snapshot(null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** A stage of exactly the given size for the headless screen. */
    public static Stage stage(Scene scene) {
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
