package org.hallkiosk.kiosk.ui.queue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Booking check-in: put the ID card on the reader, or hold the booking's QR code to the scanner. */
public final class CheckInView {

    private CheckInView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        Label title = controls.label("queue.checkin.title", "queue-title");
        VBox card = way("mdi2c-card-account-details-outline", controls.label("queue.checkin.card", "queue-instruction"));
        VBox scan = way("mdi2q-qrcode-scan", controls.label("queue.checkin.scan", "queue-instruction"));
        HBox ways = new HBox(card, scan);
        ways.getStyleClass().add("queue-check-in-ways");
        ways.setAlignment(Pos.CENTER);
        Label law = controls.label("queue.checkin.law", "queue-notice-small");
        Label busy = controls.label("queue.confirm.busy", "queue-instruction");
        busy.visibleProperty().bind(vm.issuingProperty());
        busy.managedProperty().bind(vm.issuingProperty());
        javafx.scene.control.Button none = controls.button("queue-no-booking", "queue.checkin.none", "mdi2a-arrow-left", vm::chooseAnother);
        none.getStyleClass().add("queue-check-in-button");
        VBox box = new VBox(title, ways, law, busy, none);
        box.getStyleClass().add("queue-screen");
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("screen-queue-check-in");
        return box;
    }

    private static VBox way(String icon, Label text) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("queue-big-icon");
        VBox v = new VBox(i, text);
        v.getStyleClass().add("queue-way");
        v.setAlignment(Pos.CENTER);
        return v;
    }
}
