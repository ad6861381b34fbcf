package org.hallkiosk.kiosk.ui.guide;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.demo.Walkthrough;
import org.hallkiosk.kiosk.print.notice.NoticeFont;
import org.hallkiosk.kiosk.print.notice.NoticeFontException;
import org.hallkiosk.kiosk.print.notice.NoticePdf;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/**
 * The walkthrough's 办事指南 steps: browse by theme, type {@code yyzz} on the on-screen keyboard, an item in
 * standard and elder size, the notice printed on the simulated receipt printer (saved as
 * {@code guide-notice-receipt.png}), the A4 notice ({@code guide-notice.pdf} and its first page as
 * {@code guide-notice-pdf.png}), 扫码带走, and a print that fails for want of paper. Ends at home.
 */
public final class GuideWalkthrough {

    /** The item shown: five materials, one only when an agent applies. */
    static final String ITEM = "99010100SJ-XK-0001";
    /** Longest wait for the printer before the step gives up (its screenshot then shows the printing state). */
    static final Duration WAIT = Duration.seconds(20);

    private final ShellViewModel shell;
    private final Scene scene;
    private final Supplier<Path> out;

    private GuideWalkthrough(ShellViewModel shell, Scene scene, Supplier<Path> out) {
        this.shell = shell;
        this.scene = scene;
        this.out = out;
    }

    /** Adds the steps to {@code walk}; they start from anywhere and leave the kiosk at home, standard size. */
    public static void addSteps(Walkthrough walk, ShellViewModel shell, Scene scene) {
        GuideWalkthrough g = new GuideWalkthrough(shell, scene, walk::outputDirectory);
        walk.add("guide", "办事指南：搜索框与三种浏览方式 / Service guide: search box and three ways to browse", () -> {
            shell.home();
            shell.elderModeProperty().set(false);
            shell.open(Route.of(Route.GUIDE));
        });
        walk.add("guide-themes", "个人办事：按主题（含事项数）/ For individuals: topics with item counts", () -> g.press("#guide-person"));
        walk.add("guide-theme-items", "证件办理主题下的事项 / The items of one topic", () -> g.press("#guide-theme-090"));
        walk.add("guide-search-popular", "搜索：屏幕键盘与常用搜索 / Search: on-screen keyboard and popular searches",
                () -> shell.open(GuideRoutes.search()));
        walk.add("guide-search-yyzz", "在屏幕键盘上输入 yyzz，结果随每个字母更新 / Typing yyzz on the on-screen keyboard", () -> {
            for (char c : "yyzz".toCharArray()) {
                g.press("#key-" + c);
            }
        });
        walk.add("guide-item", "事项详情：时限、收费、跑动次数一目了然，材料清单 / Item detail at a glance", () -> {
            if (!g.pressIfThere("#guide-result-" + ITEM)) {
                shell.open(GuideRoutes.item(ITEM));
            }
        });
        walk.add("guide-item-elder", "事项详情（大字版）/ Item detail in elder mode", shell::toggleElderMode);
        walk.add("guide-item-elder-next", "大字版翻到下一页：申请材料，含“符合此情形才需要” / Next page: the materials checklist",
                () -> g.press("#guide-detail-down"));
        walk.add("guide-notice-printed", "打印告知单（模拟打印机出纸见 guide-notice-receipt.png）/ Notice printed on the receipt printer",
                () -> {
                    shell.toggleElderMode();
                    g.printNotice("guide-notice-receipt.png");
                });
        walk.add("guide-qr", "扫码带走（A4 告知单见 guide-notice.pdf / guide-notice-pdf.png）/ Take it on a phone; the A4 notice as PDF",
                () -> {
                    g.writePdf();
                    g.press("#guide-qr");
                });
        walk.add("guide-paper-out", "打印机缺纸：说明原因并提示扫码带走 / Paper out: says why and offers the QR code", () -> {
            shell.back();
            g.simulator().ifPresent(s -> s.setCondition(PrinterSimulator.Condition.PAPER_OUT));
            g.printNotice(null);
            g.simulator().ifPresent(s -> s.setCondition(PrinterSimulator.Condition.READY));
        });
        walk.add("guide-done", "回到首页 / Back home", shell::home);
    }

    private Optional<ItemDetailViewModel> detail() {
        layout();
        Node page = scene.lookup("#screen-guide-item");
        return page == null ? Optional.empty()
                : Optional.ofNullable((ItemDetailViewModel) page.getProperties().get(ItemDetailView.MODEL));
    }

    private Optional<PrinterSimulator> simulator() {
        return detail().flatMap(vm -> vm.printer().target())
                .filter(t -> t.printer() instanceof PrinterDevice)
                .flatMap(t -> ((PrinterDevice) t.printer()).simulator());
    }

    /** Presses 打印告知单 and waits for the outcome; with a file name, saves the receipt the simulator cut. */
    private void printNotice(String receiptFile) {
        Optional<PrinterSimulator> sim = simulator();
        Path dir = out.get();
        if (receiptFile != null && dir != null) {
            sim.ifPresent(s -> s.writeReceiptsTo(dir.resolve("guide-receipts")));
        }
        // the simulator may already hold another flow's receipt: wait for ours, the next one it cuts
        Optional<Path> before = sim.flatMap(PrinterSimulator::lastReceiptPng);
        press("#guide-print");
        until(() -> {
            Node status = scene.lookup("#guide-print-status");
            return status instanceof Label l && !l.getText().isEmpty()
                    && !(detail().map(vm -> vm.printStateProperty().get() instanceof PrintState.Printing).orElse(false));
        });
        if (receiptFile != null && dir != null && sim.isPresent()) {
            until(() -> !sim.get().lastReceiptPng().equals(before));
            sim.get().lastReceiptPng().filter(png -> !Optional.of(png).equals(before))
                    .ifPresent(png -> copy(png, dir.resolve(receiptFile)));
        }
    }

    /** The A4 notice of the item on screen, and its first page as PNG to look at. */
    private void writePdf() {
        Path dir = out.get();
        if (dir == null) {
            return;
        }
        detail().ifPresent(vm -> {
            try (NoticeFont font = NoticeFont.locate(Optional.empty())) {
                NoticePdf.Rendered pdf = new NoticePdf(font).render(vm.notice());
                Files.write(dir.resolve("guide-notice.pdf"), pdf.bytes());
                try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
                    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
                    ImageIO.write(page, "png", dir.resolve("guide-notice-pdf.png").toFile());
                }
            } catch (NoticeFontException e) {
                // the walkthrough still shows every screen; the missing font is reported where the PDF would be
                writeText(dir.resolve("guide-notice.pdf.txt"), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("walkthrough: cannot write the notice PDF", e);
            }
        });
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("walkthrough: cannot copy " + from, e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("walkthrough: cannot write " + file, e);
        }
    }

    private void layout() {
        // a new screen's scroll pane shows its content only once CSS has made its skin
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private boolean pressIfThere(String selector) {
        layout();
        Node n = scene.lookup(selector);
        if (n instanceof ButtonBase b) {
            b.fire();
            return true;
        }
        if (n != null && n.getProperties().get(GuideParts.ACTION) instanceof Runnable) {
            GuideParts.tap(n);
            return true;
        }
        return false;
    }

    private void press(String selector) {
        if (!pressIfThere(selector)) {
            throw new IllegalStateException("walkthrough: nothing to press at " + selector + " on screen " + shell.current());
        }
    }

    /** Lets the JavaFX thread run (printing finishes on another thread) until {@code done}, or {@link #WAIT} passes. */
    private void until(BooleanSupplier done) {
        long deadline = System.nanoTime() + (long) WAIT.toMillis() * 1_000_000;
        BooleanSupplier finished = () -> done.getAsBoolean() || System.nanoTime() > deadline;
        if (finished.getAsBoolean()) {
            return;
        }
        Object key = new Object();
        boolean[] exited = {false};
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(25), e -> {
            if (!exited[0] && finished.getAsBoolean()) {
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
