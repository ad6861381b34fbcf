package org.hallkiosk.kiosk.ui.attract;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Full-screen attract loop: hall name, rotating announcements, "请触摸屏幕开始". A touch anywhere wakes the kiosk. */
public final class AttractView {

    private AttractView() {
    }

    public static VBox create(Controls controls, AttractViewModel model, StringExpression hallName, StringExpression clock, Runnable wake) {
        Label hall = new Label();
        hall.textProperty().bind(hallName);
        hall.getStyleClass().add("attract-hall");
        Label time = new Label();
        time.textProperty().bind(clock);
        time.getStyleClass().add("attract-time");
        Label announcement = new Label();
        announcement.setId("attract-announcement");
        announcement.textProperty().bind(Bindings.createStringBinding(model.shownProperty()::get, model.shownProperty()));
        announcement.getStyleClass().add("attract-announcement");
        FontIcon hand = new FontIcon("mdi2g-gesture-tap");
        Label touch = controls.label("attract.touch", "attract-touch");
        touch.setGraphic(hand);
        Label secondary = controls.label("attract.touch.secondary", "attract-touch-secondary");
        VBox box = new VBox(hall, time, announcement, touch, secondary);
        box.getStyleClass().add("attract");
        box.setId("attract");
        box.setOnMouseClicked(e -> wake.run());
        box.setOnTouchPressed(e -> wake.run());
        return box;
    }
}
