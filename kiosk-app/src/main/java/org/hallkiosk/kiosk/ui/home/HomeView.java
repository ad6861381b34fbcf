package org.hallkiosk.kiosk.ui.home;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** Home: the three big tiles 办事指南 · 取号排队 · 进度查询. */
public final class HomeView {

    private HomeView() {
    }

    public static Node create(ShellViewModel shell, Controls controls) {
        Label greeting = controls.label("home.greeting", "greeting");
        FlowPane tiles = new FlowPane(Orientation.HORIZONTAL);
        tiles.getStyleClass().add("tiles");
        tiles.getChildren().addAll(
                tile(shell, controls, "guide", Route.GUIDE, "mdi2b-book-open-page-variant"),
                tile(shell, controls, "queue", Route.QUEUE, "mdi2t-ticket-confirmation"),
                tile(shell, controls, "progress", Route.PROGRESS, "mdi2f-file-search-outline"));
        VBox home = new VBox(greeting, tiles);
        home.getStyleClass().add("home");
        home.setId("screen-home");
        // Side by side on a landscape screen, stacked on a portrait one.
        tiles.prefWrapLengthProperty().bind(home.widthProperty().subtract(80));
        return home;
    }

    /** A tile is one button: icon, title and a one-line hint of what it is for, all of it touchable. */
    private static Button tile(ShellViewModel shell, Controls controls, String name, String screen, String icon) {
        Label title = controls.label("tile." + name, "tile-title");
        Label hint = controls.label("tile." + name + ".hint", "tile-hint");
        VBox face = new VBox(new FontIcon(icon), title, hint);
        face.setAlignment(Pos.CENTER);
        face.getStyleClass().add("tile-face");
        Button b = new Button();
        b.setId("tile-" + name);
        b.getStyleClass().addAll("tile", "tile-" + name);
        b.textProperty().bind(controls.i18n().text("tile." + name));
        b.setGraphic(face);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setFocusTraversable(false);
        b.setOnAction(e -> shell.open(Route.of(screen)));
        return b;
    }
}
