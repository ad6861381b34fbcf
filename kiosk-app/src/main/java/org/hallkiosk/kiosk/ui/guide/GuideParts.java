package org.hallkiosk.kiosk.ui.guide;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pieces the guide's screens share: headings, wrapped text, and the big buttons that lead somewhere. */
final class GuideParts {

    /** Where a tappable region keeps its action. */
    static final String ACTION = "guide.action";
    private static final PseudoClass PRESSED = PseudoClass.getPseudoClass("pressed");

    private GuideParts() {
    }

    /** Text from the catalogue (not translated), wrapping, never cut short. */
    static Label text(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** A translated text for {@code key}, wrapping, never cut short. */
    static Label words(Controls controls, String key, Object... args) {
        Label l = new Label();
        l.textProperty().bind(controls.i18n().text(key, args));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The screen's heading: a title and, below it, a smaller line (either may be translated or not). */
    static VBox heading(Label title, Label subtitle) {
        title.getStyleClass().add("guide-title");
        VBox box = new VBox(title);
        if (subtitle != null) {
            subtitle.getStyleClass().add("guide-subtitle");
            box.getChildren().add(subtitle);
        }
        box.getStyleClass().add("guide-heading");
        return box;
    }

    /**
     * A whole-width row that leads somewhere: a bold first line, a muted second line, an arrow at the end. All
     * of it is the touch target, and its text wraps (a button's graphic would not).
     */
    static HBox row(String id, Label first, Label second, Runnable action) {
        first.getStyleClass().add("guide-row-title");
        VBox lines = new VBox(first);
        if (second != null) {
            second.getStyleClass().add("guide-row-detail");
            lines.getChildren().add(second);
        }
        lines.getStyleClass().add("guide-row-lines");
        HBox.setHgrow(lines, Priority.ALWAYS);
        lines.setMaxWidth(Double.MAX_VALUE);
        lines.setMinWidth(0);
        FontIcon arrow = new FontIcon("mdi2c-chevron-right");
        arrow.getStyleClass().add("guide-row-arrow");
        HBox row = new HBox(lines, arrow);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("guide-row");
        return tappable(row, id, action);
    }

    /** A tile of a grid: a bold title and a count line under it. */
    static VBox tile(String id, Label title, Label count, Runnable action) {
        title.getStyleClass().add("guide-tile-title");
        count.getStyleClass().add("guide-tile-count");
        VBox tile = new VBox(title, count);
        tile.getStyleClass().add("guide-tile");
        return tappable(tile, id, action);
    }

    /**
     * Makes a region act as a button: pressed look while held, the action on release. A touch that dragged the
     * page (to scroll it) is not a tap, so scrolling a list never opens the row under the finger.
     */
    static <R extends Region> R tappable(R region, String id, Runnable action) {
        region.setId(id);
        region.getStyleClass().add("guide-tap");
        region.setMinHeight(Region.USE_PREF_SIZE);
        region.setOnMousePressed(e -> region.pseudoClassStateChanged(PRESSED, true));
        region.setOnMouseReleased(e -> region.pseudoClassStateChanged(PRESSED, false));
        region.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                action.run();
            }
        });
        region.getProperties().put(ACTION, action);
        return region;
    }

    /** Presses a region made {@link #tappable}, as a scripted visit does. */
    static void tap(Node node) {
        Object action = node.getProperties().get(ACTION);
        if (!(action instanceof Runnable r)) {
            throw new IllegalArgumentException(node.getId() + " is not tappable");
        }
        r.run();
    }

    /** A page's outer box with the guide's padding and spacing. */
    static VBox page(String id, Node... children) {
        VBox page = new VBox(children);
        page.setId(id);
        page.getStyleClass().add("guide-page");
        return page;
    }
}
