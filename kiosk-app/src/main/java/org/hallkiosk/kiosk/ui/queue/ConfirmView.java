package org.hallkiosk.kiosk.ui.queue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Visitor;

/** Step 3: what the visitor is about to take — line, people ahead, wait, windows, their masked name — and 确认取号. */
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
        box.getChildren().add(Words.label(controls, "queue.confirm.line", new Object[] {s.line().name()}, "queue-confirm-line"));
        Position p = vm.projected().orElse(new Position(s.waiting(), s.estimatedWaitMinutes()));
        Label ahead = p.ahead() == 0
                ? controls.label("queue.confirm.noWait", "queue-confirm-detail")
                : Words.label(controls, "queue.confirm.ahead", new Object[] {p.ahead(), p.estimatedWaitMinutes()}, "queue-confirm-detail");
        ahead.setId("queue-confirm-ahead");
        box.getChildren().add(ahead);
        if (!s.line().windows().isEmpty()) {
            box.getChildren().add(Words.label(controls, "queue.confirm.windows", new Object[] {s.line().windowsDisplay()}, "queue-confirm-detail"));
        }
        vm.visitor().map(Visitor::maskedName).ifPresent(n ->
                box.getChildren().add(Words.label(controls, "queue.confirm.name", new Object[] {n}, "queue-confirm-detail")));
        if (vm.visitor().map(Visitor::elder).orElse(false)) {
            Label elder = Words.label(controls, "queue.confirm.elder", new Object[] {vm.settings().elderAge()}, "queue-confirm-elder");
            elder.setId("queue-elder-note");
            box.getChildren().add(elder);
        }
        Button ok = controls.button("queue-confirm", "queue.confirm.ok", "mdi2t-ticket-confirmation", vm::confirm);
        ok.getStyleClass().addAll("primary", "queue-big-button");
        ok.disableProperty().bind(vm.issuingProperty());
        ok.textProperty().unbind();
        ok.textProperty().bind(Bindings.when(vm.issuingProperty())
                .then(controls.i18n().text("queue.confirm.busy")).otherwise(controls.i18n().text("queue.confirm.ok")));
        box.getChildren().add(ok);
        return box;
    }
}
