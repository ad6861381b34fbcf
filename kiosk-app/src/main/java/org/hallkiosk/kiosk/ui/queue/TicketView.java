package org.hallkiosk.kiosk.ui.queue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.NoShowPolicy;
import org.hallkiosk.queue.Position;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 4: the number, very large, with its QR code and everything the paper says — so that a ticket whose paper
 * did not come out is still usable; what happened to the paper is said below in plain words.
 */
public final class TicketView {

    /** Screen pixels per QR module: a 37-module code (with quiet zone) is then about 300 px. */
    static final int QR_PIXELS = 8;

    private TicketView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        VBox box = new VBox();
        box.getStyleClass().addAll("queue-screen", "queue-ticket");
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("screen-queue-ticket");
        IssuedTicket t = vm.issued().orElse(null);
        if (t == null) {
            return box;
        }
        Label your = controls.label("queue.ticket.yourNumber", "queue-ticket-caption");
        Label number = Words.plain(t.ticket().number(), "queue-ticket-number");
        number.setId("queue-ticket-number");
        Label line = Words.lineName(vm, controls, t.line(), "queue-ticket-line");
        Position p = t.position();
        Label ahead = p.ahead() == 0
                ? controls.label("queue.ticket.noWait", "queue-ticket-detail")
                : Words.label(controls, "queue.ticket.ahead", new Object[] {p.ahead(), p.estimatedWaitMinutes()}, "queue-ticket-detail");
        ahead.setId("queue-ticket-ahead");
        VBox left = new VBox(your, number, line, ahead);
        left.getStyleClass().add("queue-ticket-left");
        if (!t.line().windows().isEmpty()) {
            Label windows = Words.windows(vm, controls, "queue.ticket.windows", t.line(), "queue-ticket-detail");
            windows.setId("queue-ticket-windows");
            left.getChildren().add(windows);
        }
        if (t.ticket().priority() != org.hallkiosk.queue.Priority.NORMAL) {
            left.getChildren().add(controls.label("queue.ticket.priority." + t.ticket().priority().name(), "queue-ticket-priority"));
        }
        Label missed = vm.settings().noShow() == NoShowPolicy.VOID
                ? controls.label("queue.ticket.rules.void")
                : Words.label(controls, "queue.ticket.rules.requeue", new Object[] {vm.settings().requeueAfterMinutes()});
        Label rules = new Label();
        rules.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> controls.i18n().get("queue.ticket.rules", missed.getText()), missed.textProperty()));
        rules.getStyleClass().add("queue-ticket-rules");
        rules.setWrapText(true);
        left.getChildren().add(rules);
        ImageView qr = new ImageView(QrImage.of(t.statusUrl(), QR_PIXELS));
        qr.setId("queue-ticket-qr");
        qr.setSmooth(false);
        Label qrCaption = controls.label("queue.ticket.qr", "queue-ticket-qr-caption");
        VBox right = new VBox(qr, qrCaption);
        right.getStyleClass().add("queue-ticket-right");
        right.setAlignment(Pos.CENTER);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox top = new HBox(left, right);
        top.getStyleClass().add("queue-ticket-top");

        VBox printBox = new VBox();
        printBox.setId("queue-print-state");
        showPrintState(printBox, vm, controls, t);
        vm.printStateProperty().addListener((o, a, b) -> showPrintState(printBox, vm, controls, t));

        Label countdown = new Label();
        countdown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> controls.i18n().get("queue.ticket.countdown", vm.secondsLeftProperty().get()),
                vm.secondsLeftProperty(), controls.i18n().localeProperty()));
        countdown.getStyleClass().add("queue-countdown");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button done = controls.button("queue-done", "queue.ticket.done", "mdi2c-check-bold", vm::finish);
        done.getStyleClass().addAll("primary", "queue-done-button");
        HBox bottom = new HBox(countdown, spacer, done);
        bottom.getStyleClass().add("queue-ticket-bottom");
        box.getChildren().addAll(top, printBox, bottom);
        return box;
    }

    private static void showPrintState(VBox into, QueueViewModel vm, Controls controls, IssuedTicket t) {
        into.getChildren().clear();
        into.getStyleClass().setAll("queue-print");
        PrintState s = vm.printStateProperty().get();
        if (s instanceof PrintState.Printing) {
            into.getChildren().add(icon("mdi2p-printer", controls.label("queue.ticket.printing", "queue-print-text")));
        } else if (s instanceof PrintState.Printed) {
            // Paper running low is staff business (lamp, admin); the visitor only needs to take the ticket.
            into.getChildren().add(icon("mdi2a-arrow-down-bold-box", controls.label("queue.ticket.printed", "queue-print-text")));
            into.getStyleClass().add("printed");
        } else if (s instanceof PrintState.Failed failed) {
            into.getStyleClass().add("failed");
            Label title = controls.label("queue.ticket.failed.title", "queue-print-title");
            Label reason = new Label();
            reason.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> controls.i18n().get("queue.ticket.failed.reason",
                            controls.i18n().isChinese() ? failed.reason().zh() : failed.reason().en()),
                    controls.i18n().localeProperty()));
            reason.getStyleClass().add("queue-print-text");
            into.getChildren().addAll(icon("mdi2p-printer-alert", title), reason,
                    Words.label(controls, "queue.ticket.failed.valid", new Object[] {t.ticket().number()}, "queue-print-text"),
                    controls.label("queue.ticket.failed.staff", "queue-print-text"));
        }
    }

    private static Node icon(String literal, Label label) {
        FontIcon icon = new FontIcon(literal);
        label.setGraphic(icon);
        return label;
    }
}
