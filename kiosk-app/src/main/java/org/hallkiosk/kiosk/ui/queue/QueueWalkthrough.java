package org.hallkiosk.kiosk.ui.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.demo.Walkthrough;
import org.hallkiosk.kiosk.queue.AppointmentImport;
import org.hallkiosk.kiosk.queue.AppointmentImportException;
import org.hallkiosk.kiosk.ui.KioskUi;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.Visitor;

/**
 * The walkthrough's 取号排队 steps, on a fresh demo queue with a morning's tickets already issued: choose a line,
 * the card notice, confirm with a senior's card, the ticket and its paper, the same ticket in 大字版, a printer out of
 * paper, a line whose numbers are gone, and booking check-in by QR code. Leaves the kiosk at home in English, as the
 * step before it did.
 */
public final class QueueWalkthrough {

    private final KioskUi ui;
    private final ShellViewModel shell;
    private final QueueScreens queue;
    private Path demoDir;

    private QueueWalkthrough(KioskUi ui) {
        this.ui = ui;
        this.shell = ui.shell();
        this.queue = ui.queue();
    }

    /** Adds the queue steps to {@code walk}. */
    public static void addSteps(Walkthrough walk, KioskUi ui) {
        QueueWalkthrough q = new QueueWalkthrough(ui);
        walk.add("queue-lines", "取号排队：选择业务（等候人数、预计时间；号已取完的业务变灰并说明）/ Choose a line", () -> {
            q.prepare();
            q.shell.toggleLanguage();
            q.shell.home();
            q.shell.open(Route.of(Route.QUEUE));
        });
        walk.add("queue-confirm-direct", "确认取号：直接取号，或先刷身份证（告知一行，详情可展开）/ Take a number, with or without the ID card", () -> q.press("#queue-line-A"));
        walk.add("queue-card-details", "身份证告知的详情：读什么、为什么、保存什么 / What the card is read for", () -> q.press("#queue-card-details"));
        walk.add("queue-confirm", "刷了 70 岁以上老人的身份证：确认页显示脱敏姓名和优先 / Confirm, senior's card read", () ->
                q.placeCard());
        walk.add("queue-ticket", "出号并打印：大号码、二维码、前面人数 / The ticket on screen, printed", () -> {
            int cuts = q.cuts();
            q.press("#queue-confirm");
            q.keepPrintedTicket(cuts);
        });
        walk.add("queue-ticket-elder", "同一张号（大字版）/ The same ticket in elder mode", q.shell::toggleElderMode);
        walk.add("queue-printer-fault", "打印机缺纸：号码照样有效，屏幕说明并可拍照，已进补打队列 / Paper out", () -> {
            q.shell.toggleElderMode();
            q.press("#queue-done");
            q.simulator().ifPresent(s -> s.setCondition(PrinterSimulator.Condition.PAPER_OUT));
            q.shell.open(Route.of(Route.QUEUE));
            q.press("#queue-line-C");
            q.press("#queue-confirm");
        });
        walk.add("queue-refused", "号已取完的业务：与列表相同的原因，并可网上预约、网上办或找服务台 / A line out of numbers, and what to do instead", () -> {
            q.simulator().ifPresent(s -> s.setCondition(PrinterSimulator.Condition.READY));
            q.press("#queue-done");
            q.shell.open(Route.of(Route.QUEUE));
            q.press("#queue-line-B");
        });
        walk.add("queue-check-in", "预约签到：刷证或扫预约码 / Booking check-in", () -> {
            q.press("#queue-choose-another");
            q.press("#queue-check-in");
        });
        walk.add("queue-check-in-ticket", "扫预约码签到成功：预约优先 / Checked in by the booking's QR code", () -> {
            int cuts = q.cuts();
            q.scan("https://yuyue.example.org/b/YY-20261127-0930");
            q.keepPrintedTicket(cuts);
        });
        walk.add("queue-back-home", "完成后回到首页 / Done: back home", () -> {
            q.press("#queue-done");
            q.shell.toggleLanguage();
        });
    }

    /** A fresh queue with tickets of the morning so far, a line out of numbers and one booking. */
    private void prepare() {
        queue.workInline();
        try {
            demoDir = Files.createTempDirectory("hallkiosk-queue-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        demoDir.toFile().deleteOnExit();
        QueueServices q = queue.useFreshDatabase(demoDir);
        for (int i = 0; i < 8; i++) {
            q.desk().issueFor("A", Optional.empty());
        }
        q.desk().issueFor("A", Optional.of(new Visitor("demo-senior", "王*华", true)));
        for (int i = 0; i < 5; i++) {
            q.desk().issueFor("C", Optional.empty());
        }
        q.desk().issueFor("D", Optional.empty());
        for (int i = 0; i < 80; i++) {
            q.desk().issueFor("B", Optional.empty());
        }
        Path bookings = demoDir.resolve("bookings.csv");
        try {
            Files.writeString(bookings, "code,line,date,from,to,name\nYY-20261127-0930,D," + q.desk().today() + ",09:30,10:00,赵六\n",
                    StandardCharsets.UTF_8);
            new AppointmentImport(q.appointments(), q.desk().lines()).importFile(bookings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AppointmentImportException e) {
            throw new IllegalStateException("demo booking refused: " + e.problems(), e);
        }
    }

    /**
     * The senior's card on the simulated reader, read through the reader protocol like a real card; without a
     * simulated reader, handed to the flow directly.
     */
    private void placeCard() {
        if (queue.cards().simulated()) {
            queue.cards().simulatePlacing(SimulatedCards.residentElder());
            until("#queue-confirm-name");
        } else {
            queue.cardPresented(SimulatedCards.residentElder());
        }
    }

    /** A booking code on the simulated scanner, or handed to the flow directly without one. */
    private void scan(String code) {
        if (queue.scans().simulated()) {
            queue.scans().simulateScan(code);
            until("#screen-queue-ticket");
        } else {
            queue.model().codeScanned(code);
        }
    }

    /** Lets the FX thread run the device's callbacks until {@code id} is on screen, or 15 s pass. */
    private void until(String id) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        java.util.function.BooleanSupplier done = () -> {
            ui.view().root().applyCss();
            return ui.view().root().lookup(id) != null || System.nanoTime() > deadline;
        };
        if (done.getAsBoolean()) {
            return;
        }
        Object key = new Object();
        boolean[] exited = {false};
        javafx.animation.Timeline poll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.millis(25), e -> {
            if (!exited[0] && done.getAsBoolean()) {
                exited[0] = true;
                javafx.application.Platform.exitNestedEventLoop(key, null);
            }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
        javafx.application.Platform.enterNestedEventLoop(key);
        poll.stop();
    }

    private Optional<PrinterSimulator> simulator() {
        return queue.printerSimulator();
    }

    private int cuts() {
        return simulator().map(PrinterSimulator::cuts).orElse(0);
    }

    /** Renames the simulator's last receipt to {@code queue-ticket-A009.png}, beside the screenshots when the demo saves tickets. */
    private void keepPrintedTicket(int cutsBefore) {
        Optional<PrinterSimulator> sim = simulator();
        Optional<IssuedTicket> issued = queue.model().issued();
        if (sim.isEmpty() || issued.isEmpty()) {
            return;
        }
        try {
            if (!sim.get().awaitCuts(cutsBefore + 1, java.time.Duration.ofSeconds(10))) {
                return;
            }
            Optional<Path> png = sim.get().lastReceiptPng();
            if (png.isPresent()) {
                Files.move(png.get(), png.get().resolveSibling("queue-ticket-" + issued.get().ticket().number() + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void press(String id) {
        javafx.scene.Parent root = ui.view().root();
        root.applyCss(); // a ScrollPane puts its content in the scene only when its skin exists
        root.layout();
        javafx.scene.Node n = root.lookup(id);
        if (n == null) {
            throw new IllegalStateException("walkthrough: no " + id + " on " + shell.current());
        }
        ((javafx.scene.control.ButtonBase) n).fire();
    }
}
