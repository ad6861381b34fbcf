package org.hallkiosk.kiosk.ui.queue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Why no ticket: the rule in the visitor's words, and the way back to the other lines. */
public final class RefusedView {

    private RefusedView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        FontIcon icon = new FontIcon("mdi2i-information-outline");
        icon.getStyleClass().add("message-icon");
        Label title = controls.label("queue.refused.title", "message-title");
        VBox box = new VBox(icon, title);
        vm.refusal().ifPresent(r -> {
            Label reason = Words.refusal(controls, r, "queue-refusal");
            reason.setId("queue-refusal");
            box.getChildren().add(reason);
        });
        Button back = controls.button("queue-choose-another", "queue.refused.back", "mdi2f-format-list-bulleted", vm::chooseAnother);
        back.getStyleClass().addAll("primary", "queue-big-button");
        box.getChildren().add(back);
        box.getStyleClass().addAll("message-screen", "queue-refused");
        box.setAlignment(Pos.CENTER);
        box.setId("screen-queue-refused");
        return box;
    }
}
