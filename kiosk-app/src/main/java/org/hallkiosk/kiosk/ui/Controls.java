package org.hallkiosk.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** The few building blocks every screen uses, so that touch sizes and styles come from one place. */
public final class Controls {

    private final I18n i18n;

    public Controls(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    /** A kiosk-sized button labelled by {@code key}, with an optional icon literal (e.g. {@code mdi2h-home}). */
    public Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.getStyleClass().add("kiosk-button");
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** A label bound to {@code key}, with style classes. */
    public Label label(String key, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }
}
