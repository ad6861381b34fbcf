package org.hallkiosk.kiosk.ui.admin;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;

/** A numeric pad for the admin PIN; no physical keyboard needed. */
public final class PinPadView {

    private PinPadView() {
    }

    public static Node create(Controls controls, PinPadViewModel model) {
        Label title = controls.label("admin.pin.title", "message-title");
        Label prompt = controls.label("admin.pin.prompt", "message-body");
        Label display = new Label();
        display.setId("pin-display");
        display.textProperty().bind(model.maskedProperty());
        display.getStyleClass().add("pin-display");
        Label message = new Label();
        message.setId("pin-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("pin-message");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("pin-grid");
        String keys = "123456789";
        for (int i = 0; i < keys.length(); i++) {
            grid.add(digit(model, keys.charAt(i)), i % 3, i / 3);
        }
        Button clear = controls.button("pin-clear", "admin.pin.clear", null, model::clear);
        clear.getStyleClass().add("pin-key");
        Button ok = controls.button("pin-ok", "admin.pin.ok", null, model::submit);
        ok.getStyleClass().addAll("pin-key", "primary");
        grid.add(clear, 0, 3);
        grid.add(digit(model, '0'), 1, 3);
        grid.add(ok, 2, 3);

        VBox box = new VBox(title, prompt, display, message, grid);
        box.getStyleClass().add("pin-pad");
        box.setId("screen-admin-pin");
        return box;
    }

    private static Button digit(PinPadViewModel model, char d) {
        Button b = new Button(String.valueOf(d));
        b.setId("pin-key-" + d);
        b.getStyleClass().addAll("kiosk-button", "pin-key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> model.press(d));
        return b;
    }
}
