package org.hallkiosk.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tile whose function has not landed yet: says so plainly and sends the visitor to the service desk. */
public final class ComingSoonView {

    private ComingSoonView() {
    }

    public static Node create(Controls controls, String tileKey) {
        FontIcon icon = new FontIcon("mdi2t-timer-sand");
        icon.getStyleClass().add("message-icon");
        Label title = new Label();
        title.textProperty().bind(controls.i18n().text(tileKey));
        title.getStyleClass().add("message-title");
        VBox box = new VBox(icon, title,
                controls.label("coming.body", "message-body"),
                controls.label("coming.desk", "message-body"));
        box.getStyleClass().add("message-screen");
        box.setId("screen-coming-soon");
        return box;
    }
}
