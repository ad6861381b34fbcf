package org.hallkiosk.kiosk.ui.queue;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.LineSummary;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 取号排队, step 1: one large button per business line with how many wait and for how long; a line that is not issuing
 * is greyed and says why on its face (a touch on it explains in full). Booking check-in is below.
 */
public final class LineChoiceView {

    /** Three lines a row: six lines (a typical hall) fit on one landscape screen even in 大字版. */
    static final int COLUMNS = 3;

    private LineChoiceView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        Label title = controls.label("queue.choose.title", "queue-title");
        Label hint = controls.label("queue.choose.hint", "queue-hint");
        GridPane tiles = new GridPane();
        tiles.getStyleClass().add("queue-lines");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            cc.setFillWidth(true);
            tiles.getColumnConstraints().add(cc);
        }
        List<LineSummary> lines = vm.lines();
        for (int i = 0; i < lines.size(); i++) {
            Button b = button(vm, controls, lines.get(i));
            GridPane.setFillWidth(b, true);
            GridPane.setFillHeight(b, true);
            tiles.add(b, i % COLUMNS, i / COLUMNS);
        }
        Button checkIn = controls.button("queue-check-in", "queue.checkin.button", "mdi2c-calendar-check", vm::startCheckIn);
        checkIn.getStyleClass().add("queue-check-in-button");
        VBox box = new VBox(title, hint, tiles, checkIn);
        box.getStyleClass().add("queue-screen");
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("screen-queue-lines");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("queue-scroll");
        return scroll;
    }

    private static Button button(QueueViewModel vm, Controls controls, LineSummary s) {
        Label prefix = Words.plain(s.line().prefix(), "queue-line-prefix");
        Label name = Words.lineName(vm, controls, s.line(), "queue-line-name");
        HBox head = new HBox(prefix, name);
        head.getStyleClass().add("queue-line-head");
        Label status;
        if (s.notIssuing().isPresent()) {
            status = Words.shortReason(controls, s.notIssuing().get(), "queue-line-status");
            status.setGraphic(new FontIcon("mdi2c-clock-outline"));
        } else if (s.waiting() == 0) {
            status = controls.label("queue.line.noWait", "queue-line-status");
        } else {
            status = Words.label(controls, "queue.line.waiting", new Object[] {s.waiting(), s.estimatedWaitMinutes()}, "queue-line-status");
        }
        VBox face = new VBox(head, status);
        if (vm.content().note(s.line(), false).isPresent()) {
            face.getChildren().add(Words.inLanguage(controls, en -> vm.content().note(s.line(), en).orElse(""), "queue-line-note"));
        }
        face.getStyleClass().add("queue-line-face");
        Button b = new Button();
        b.setId("queue-line-" + s.line().prefix());
        b.setText(s.line().name());
        b.setGraphic(face);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("queue-line");
        if (!s.issuing()) {
            b.getStyleClass().add("closed");
        }
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);

        // the reason the tile shows is the reason the next screen explains: decided once, here
        b.setOnAction(e -> vm.choose(s));
        return b;
    }
}
