package org.hallkiosk.kiosk.ui.queue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Visitor;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Step 2: what the visitor is about to take — line, people ahead, wait, windows and where they are — and the two ways
 * to take it: 直接取号 at once (two taps from the list), or the ID card on the reader first for senior priority and the
 * one-number-each rule. What the card is read for stands in one short line, 详情 opens the rest in place; nothing is
 * read before it is on screen.
 */
public final class ConfirmView {

    private ConfirmView() {
    }

    public static Node create(QueueViewModel vm, Controls controls) {
        VBox box = new VBox();
        box.getStyleClass().addAll("queue-screen", "queue-confirm");
        box.setAlignment(Pos.TOP_CENTER);
        box.setId("screen-queue-confirm");
        box.getChildren().add(controls.label("queue.confirm.title", "queue-title"));
        LineSummary s = vm.summary().orElse(null);
        if (s == null) {
            return box;
        }
        Label line = Words.inLanguage(controls, en -> controls.i18n().get("queue.confirm.line", vm.content().name(s.line(), en)),
                "queue-confirm-line");
        line.setId("queue-confirm-line");
        box.getChildren().add(line);
        Position p = vm.projected().orElse(new Position(s.waiting(), s.estimatedWaitMinutes()));
        Label ahead = p.ahead() == 0
                ? controls.label("queue.confirm.noWait", "queue-confirm-detail")
                : Words.label(controls, "queue.confirm.ahead", new Object[] {p.ahead(), p.estimatedWaitMinutes()}, "queue-confirm-detail");
        ahead.setId("queue-confirm-ahead");
        box.getChildren().add(ahead);
        if (!s.line().windows().isEmpty()) {
            Label windows = Words.windows(vm, controls, "queue.confirm.windows", s.line(), "queue-confirm-detail");
            windows.setId("queue-confirm-windows");
            box.getChildren().add(windows);
        }

        Button ok = controls.button("queue-confirm", "queue.confirm.direct", "mdi2t-ticket-confirmation", vm::confirm);
        ok.getStyleClass().addAll("primary", "queue-big-button");
        ok.disableProperty().bind(vm.issuingProperty());
        ok.textProperty().unbind();
        String idle = vm.visitor().isPresent() ? "queue.confirm.ok" : "queue.confirm.direct";
        ok.textProperty().bind(Bindings.when(vm.issuingProperty())
                .then(controls.i18n().text("queue.confirm.busy")).otherwise(controls.i18n().text(idle)));
        ok.setMaxWidth(Double.MAX_VALUE);
        Label direct = controls.label(vm.visitor().isPresent() ? "queue.confirm.withCard" : "queue.card.skipNote", "queue-choice-note");
        VBox take = new VBox(ok, direct);
        take.getStyleClass().addAll("queue-choice", "queue-take");
        take.setAlignment(Pos.CENTER);

        VBox details = details(vm, controls);
        VBox card = card(vm, controls, details);
        HBox.setHgrow(take, Priority.ALWAYS);
        HBox.setHgrow(card, Priority.ALWAYS);
        take.setPrefWidth(0);
        card.setPrefWidth(0);
        take.setMaxHeight(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        HBox choices = new HBox(take, card);
        choices.getStyleClass().add("queue-choices");
        // 详情 shows the whole notice in place of the two choices (so it fits above the footer in 大字版); 收起 goes back
        choices.visibleProperty().bind(details.visibleProperty().not());
        choices.managedProperty().bind(details.visibleProperty().not());
        box.getChildren().addAll(choices, details);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("queue-scroll");
        return scroll;
    }

    /** The card side: before a card, how and why (one line, 详情); after, whose card and its priority. */
    /** The whole card notice, full width below the choices, hidden until 详情. */
    private static VBox details(QueueViewModel vm, Controls controls) {
        VBox details = new VBox(
                controls.label("queue.card.what", "queue-notice"),
                Words.label(controls, "queue.card.why", new Object[] {vm.settings().elderAge()}, "queue-notice"),
                controls.label("queue.card.keep", "queue-notice"),
                controls.label("queue.card.law", "queue-notice-small"));
        details.getStyleClass().add("queue-notice-box");
        details.setId("queue-card-notice-detail");
        Button close = controls.button("queue-card-details-close", "queue.card.hideDetails", "mdi2c-chevron-up", () -> show(details, false));
        details.getChildren().add(close);
        show(details, false);
        return details;
    }

    private static void show(VBox details, boolean shown) {
        details.setVisible(shown);
        details.setManaged(shown);
    }

    private static VBox card(QueueViewModel vm, Controls controls, VBox details) {
        VBox card = new VBox();
        card.getStyleClass().addAll("queue-choice", "queue-card-reader");
        card.setAlignment(Pos.CENTER);
        card.setId("queue-card-option");
        if (vm.visitor().isPresent()) {
            Visitor v = vm.visitor().get();
            FontIcon ok = new FontIcon("mdi2c-card-account-details-star-outline");
            ok.getStyleClass().add("queue-card-icon");
            Label name = Words.label(controls, "queue.confirm.name", new Object[] {v.maskedName()}, "queue-confirm-detail");
            name.setId("queue-confirm-name");
            card.getChildren().addAll(ok, name);
            if (v.elder()) {
                Label elder = Words.label(controls, "queue.confirm.elder", new Object[] {vm.settings().elderAge()}, "queue-confirm-elder");
                elder.setId("queue-elder-note");
                card.getChildren().add(elder);
            }
            Button forget = controls.button("queue-forget-card", "queue.confirm.forgetCard", "mdi2c-close", vm::skipCard);
            card.getChildren().add(forget);
            return card;
        }
        FontIcon icon = new FontIcon("mdi2c-card-account-details-outline");
        icon.getStyleClass().add("queue-card-icon");
        Label place = controls.label("queue.confirm.card", "queue-instruction");
        place.setId("queue-card-place");
        Label why = Words.label(controls, "queue.card.elder", new Object[] {vm.settings().elderAge()}, "queue-choice-note");
        Label notice = controls.label("queue.card.short", "queue-notice");
        notice.setId("queue-card-notice");
        Button more = controls.button("queue-card-details", "queue.card.details", "mdi2i-information-outline", () -> show(details, true));
        more.getStyleClass().add("queue-details-button");
        HBox noticeRow = new HBox(notice, more);
        noticeRow.getStyleClass().add("queue-notice-row");
        noticeRow.setAlignment(Pos.CENTER);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMinWidth(0);
        card.getChildren().addAll(icon, place, why, noticeRow);
        return card;
    }
}
