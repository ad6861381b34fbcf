package org.hallkiosk.kiosk.ui.queue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 2, optional: two equal choices side by side — put the ID card on the reader, or take a number without it —
 * and below them what the card is read for and what is kept (个人信息保护法 Art. 17, 35), before anything is read.
 */
public final class CardNoticeView {

    private CardNoticeView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        Label title = controls.label("queue.card.title", "queue-title");
        FontIcon card = new FontIcon("mdi2c-card-account-details-outline");
        card.getStyleClass().add("queue-big-icon");
        Label place = controls.label("queue.card.place", "queue-instruction");
        Label elder = Words.label(controls, "queue.card.elder", new Object[] {vm.settings().elderAge()}, "queue-choice-note");
        FontIcon down = new FontIcon("mdi2a-arrow-down-bold");
        down.getStyleClass().add("queue-big-icon");
        VBox reader = new VBox(card, place, elder, down);
        reader.getStyleClass().addAll("queue-choice", "queue-card-reader");
        reader.setAlignment(Pos.CENTER);

        FontIcon ticket = new FontIcon("mdi2t-ticket-outline");
        ticket.getStyleClass().add("queue-big-icon");
        Label skipText = controls.label("queue.card.skip", "queue-instruction");
        Label skipNote = controls.label("queue.card.skipNote", "queue-choice-note");
        VBox skipFace = new VBox(ticket, skipText, skipNote);
        skipFace.setAlignment(Pos.CENTER);
        skipFace.getStyleClass().add("queue-choice-face");
        Button skip = new Button();
        skip.setId("queue-skip-card");
        skip.textProperty().bind(controls.i18n().text("queue.card.skip"));
        skip.setGraphic(skipFace);
        skip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        skip.getStyleClass().addAll("queue-choice", "queue-skip-card");
        skip.setFocusTraversable(false);
        skip.setMaxWidth(Double.MAX_VALUE);
        skip.setMaxHeight(Double.MAX_VALUE);
        skip.setOnAction(e -> vm.skipCard());

        HBox.setHgrow(reader, Priority.ALWAYS);
        HBox.setHgrow(skip, Priority.ALWAYS);
        HBox choices = new HBox(reader, skip);
        choices.getStyleClass().add("queue-choices");

        VBox notice = new VBox(
                controls.label("queue.card.what", "queue-notice"),
                Words.label(controls, "queue.card.why", new Object[] {vm.settings().elderAge()}, "queue-notice"),
                controls.label("queue.card.keep", "queue-notice"),
                controls.label("queue.card.law", "queue-notice-small"));
        notice.getStyleClass().add("queue-notice-box");
        notice.setId("queue-card-notice");
        VBox box = new VBox(title, choices, notice);
        box.getStyleClass().add("queue-screen");
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("screen-queue-card");
        return box;
    }
}
