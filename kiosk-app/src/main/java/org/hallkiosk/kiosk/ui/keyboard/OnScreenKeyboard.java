package org.hallkiosk.kiosk.ui.keyboard;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;

/**
 * A keyboard drawn on the screen, so no physical keyboard and no system input method is ever needed. Keys are
 * kiosk-sized buttons ({@code #key-a}, {@code #key-1}, {@code #key-space}, {@code #key-backspace},
 * {@code #key-clear}) that edit a {@link KeyboardModel}; letters show in capitals, which old eyes read more easily.
 */
public final class OnScreenKeyboard {

    private OnScreenKeyboard() {
    }

    /** The keyboard for {@code model}'s layout. */
    public static Node create(Controls controls, KeyboardModel model) {
        KeyboardLayout layout = model.layout();
        VBox rows = new VBox();
        rows.getStyleClass().add("keyboard");
        for (int r = 0; r < layout.rows().size(); r++) {
            HBox row = new HBox();
            row.getStyleClass().add("keyboard-row");
            for (char c : layout.rows().get(r).toCharArray()) {
                row.getChildren().add(key(c, model));
            }
            if (r == layout.rows().size() - 1) {
                row.getChildren().add(edit(controls, "key-backspace", "guide.keyboard.backspace", "mdi2b-backspace-outline", model::backspace));
            }
            row.setMinWidth(Region.USE_PREF_SIZE);
            rows.getChildren().add(row);
        }
        HBox bottom = new HBox();
        bottom.getStyleClass().add("keyboard-row");
        if (layout.space()) {
            Button space = edit(controls, "key-space", "guide.keyboard.space", null, () -> model.type(' '));
            space.getStyleClass().add("keyboard-space");
            bottom.getChildren().add(space);
        }
        bottom.getChildren().add(edit(controls, "key-clear", "guide.keyboard.clear", "mdi2c-close-circle-outline", model::clear));
        bottom.setMinWidth(Region.USE_PREF_SIZE);
        rows.getChildren().add(bottom);
        // beside the results the keyboard keeps its size; the results give way
        rows.setMinWidth(Region.USE_PREF_SIZE);
        return rows;
    }

    private static Button key(char c, KeyboardModel model) {
        Button b = new Button(String.valueOf(c).toUpperCase(Locale.ROOT));
        b.setId("key-" + String.valueOf(c).toLowerCase(Locale.ROOT));
        b.getStyleClass().addAll("kiosk-button", "keyboard-key");
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> model.type(c));
        return b;
    }

    private static Button edit(Controls controls, String id, String key, String icon, Runnable action) {
        Button b = controls.button(id, key, icon, action);
        b.getStyleClass().addAll("keyboard-key", "keyboard-edit");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
