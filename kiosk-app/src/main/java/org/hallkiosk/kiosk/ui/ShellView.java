package org.hallkiosk.kiosk.ui;

import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.hallkiosk.kiosk.ui.attract.AttractView;
import org.hallkiosk.kiosk.ui.attract.AttractViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame around every screen: header (hall, time, 大字版, language), the screen, and a footer whose
 * 返回 and 首页 never move; the attract loop on top when idle; the hidden admin corner.
 */
public final class ShellView {


    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    private final ShellViewModel shell;

    public ShellView(ShellViewModel shell, Controls controls, Map<String, Screen> screens,
                     StringExpression hallName, StringExpression clock, AttractViewModel attract) {
        BorderPane frame = new BorderPane();
        frame.setTop(header(shell, controls, hallName, clock));
        frame.setCenter(content);
        frame.setBottom(footer(shell, controls));
        content.setId("content");

        Pane attractLayer = AttractView.create(controls, attract, hallName, clock, shell::wake);
        attractLayer.visibleProperty().bind(shell.attractShowingProperty());
        Label help = controls.label("help.coming", "help-banner");
        help.setId("help-banner");
        help.setGraphic(new FontIcon("mdi2h-human-greeting-variant"));
        help.visibleProperty().bind(shell.helpComingProperty());
        help.setMouseTransparent(true);
        StackPane.setAlignment(help, javafx.geometry.Pos.TOP_CENTER);
        Node idleWarning = idleWarning(shell, controls);
        root.getChildren().addAll(frame, idleWarning, attractLayer, help);
        root.setId("kiosk-root");

        shell.currentProperty().addListener((obs, old, now) -> show(screens, now));
        shell.redrawsProperty().addListener((obs, old, now) -> show(screens, shell.current()));
        show(screens, shell.current());
        shell.elderModeProperty().addListener((obs, was, elder) -> applyElderMode(elder));

        // While the attract loop shows, a touch only wakes the kiosk: it must not also press what lies beneath.
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (shell.attractShowingProperty().get()) {
                e.consume();
                shell.wake();
            } else {
                shell.activity();
            }
        });
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> shell.activity());
        this.shell = shell;
    }

    /**
     * Key events go to the scene when nothing has focus (no text field on a kiosk screen usually has),
     * so the guard against leaving the app sits on the scene, not on the root.
     */
    public void guardKeys(javafx.scene.Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!shell.guardsLifted() && leavesTheApp(e)) {
                e.consume();
            }
            shell.activity();
        });
    }

    public StackPane root() {
        return root;
    }

    private void applyElderMode(boolean elder) {
        if (elder) {
            if (!root.getStyleClass().contains("elder")) {
                root.getStyleClass().add("elder");
            }
        } else {
            root.getStyleClass().remove("elder");
        }
    }

    private void show(Map<String, Screen> screens, Route route) {
        Screen screen = screens.get(route.screen());
        Node view = screen == null ? screens.get(Route.HOME).create(Route.home()) : screen.create(route);
        content.getChildren().setAll(view);
    }

    /** Esc, Alt+F4, Ctrl+Q and Ctrl+W would take a visitor out of the kiosk. */
    static boolean leavesTheApp(KeyEvent e) {
        KeyCode c = e.getCode();
        return c == KeyCode.ESCAPE
                || (e.isAltDown() && c == KeyCode.F4)
                || (e.isControlDown() && (c == KeyCode.Q || c == KeyCode.W));
    }

    private Node header(ShellViewModel shell, Controls controls, StringExpression hallName, StringExpression clock) {
        Label hall = new Label();
        hall.setId("hall-name");
        hall.textProperty().bind(hallName);
        hall.getStyleClass().add("hall-name");
        Label time = new Label();
        time.setId("clock");
        time.textProperty().bind(clock);
        time.getStyleClass().add("clock");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleButton elder = new ToggleButton();
        elder.setId("toggle-elder");
        elder.getStyleClass().addAll("kiosk-button", "header-toggle");
        elder.setGraphic(new FontIcon("mdi2f-format-size"));
        elder.setFocusTraversable(false);
        elder.selectedProperty().bindBidirectional(shell.elderModeProperty());
        elder.textProperty().bind(Bindings.when(shell.elderModeProperty())
                .then(controls.i18n().text("toggle.elder.off"))
                .otherwise(controls.i18n().text("toggle.elder.on")));

        Button language = controls.button("toggle-language", "toggle.language", "mdi2t-translate", shell::toggleLanguage);
        language.getStyleClass().add("header-toggle");

        Region adminCorner = new Region();
        adminCorner.setId("admin-corner");
        adminCorner.getStyleClass().add("admin-corner");
        adminCorner.setMinSize(72, 72);
        // the hold is timed on the kiosk's clock; this only asks ten times a second whether it is complete
        Timeline holding = new Timeline(new KeyFrame(Duration.millis(100), e -> shell.checkAdminCorner()));
        holding.setCycleCount(Animation.INDEFINITE);
        adminCorner.setOnMousePressed(e -> {
            shell.adminCornerPressed();
            holding.playFromStart();
        });
        adminCorner.setOnMouseReleased(e -> {
            holding.stop();
            shell.adminCornerReleased();
        });
        adminCorner.setOnMouseExited(e -> {
            holding.stop();
            shell.adminCornerReleased();
        });

        // Hall name over the date, so that a portrait screen in 大字版 still has room for both; the toggles
        // never shrink, their words are what an older visitor looks for.
        hall.setWrapText(true);
        time.setWrapText(true);
        javafx.scene.layout.VBox identity = new javafx.scene.layout.VBox(hall, time);
        identity.getStyleClass().add("header-identity");
        HBox.setHgrow(identity, Priority.ALWAYS);
        elder.setMinWidth(Region.USE_PREF_SIZE);
        language.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(identity, spacer, elder, language, adminCorner);
        header.getStyleClass().add("kiosk-header");
        return header;
    }

    /**
     * 还在使用吗？: a dimmed screen and a centred card with a large 继续使用, from {@link ShellViewModel#WARNING_SECONDS}
     * before the timeout (a touch anywhere counts as well).
     */
    private Node idleWarning(ShellViewModel shell, Controls controls) {
        Label title = controls.label("idle.title", "idle-title");
        Label countdown = new Label();
        countdown.setId("idle-countdown");
        countdown.getStyleClass().add("idle-countdown");
        countdown.setWrapText(true);
        countdown.textProperty().bind(Bindings.createStringBinding(
                () -> controls.i18n().get("idle.warning", shell.idleSecondsLeftProperty().get()),
                shell.idleSecondsLeftProperty(), controls.i18n().localeProperty()));
        Button stay = controls.button("idle-continue", "idle.continue", "mdi2g-gesture-tap", shell::stillHere);
        stay.getStyleClass().addAll("primary", "idle-continue");
        javafx.scene.layout.VBox card = new javafx.scene.layout.VBox(title, countdown, stay);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("idle-warning");
        overlay.getStyleClass().add("idle-overlay");
        var warn = shell.idleWarningProperty();
        overlay.visibleProperty().bind(warn);
        return overlay;
    }

    private Node footer(ShellViewModel shell, Controls controls) {
        Button back = controls.button("nav-back", "nav.back", "mdi2a-arrow-left", shell::back);
        Button home = controls.button("nav-home", "nav.home", "mdi2h-home", shell::home);
        back.getStyleClass().add("nav-button");
        home.getStyleClass().add("nav-button");
        // On home there is nowhere to go back to, so the help line takes the whole footer there; on every
        // other screen 返回 and 首页 stand in the same place.
        var onHome = Bindings.createBooleanBinding(() -> shell.current().isHome(), shell.currentProperty());
        for (Button b : new Button[] {back, home}) {
            b.visibleProperty().bind(onHome.not());
            b.managedProperty().bind(onHome.not());
        }

        Label help = controls.label("nav.help", "help-text");
        help.setId("help-text");
        HBox.setHgrow(help, Priority.ALWAYS);
        help.setMaxWidth(Double.MAX_VALUE);
        help.setMinWidth(0);
        // The same call as the hall's physical help button: banner, log, and the counters in hall mode.
        Button callStaff = controls.button("call-staff", "help.call", "mdi2h-hand-back-right",
                () -> shell.helpRequested(ShellViewModel.HelpSource.SCREEN));
        callStaff.getStyleClass().add("call-staff");
        callStaff.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(back, home, help, callStaff);
        footer.getStyleClass().add("kiosk-footer");
        return footer;
    }
}
