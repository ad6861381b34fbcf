package org.hallkiosk.kiosk.ui.queue;

import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.kiosk.print.ticket.TicketPrintout;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.ReprintQueue;

/**
 * For the admin screen (补打): today's tickets whose paper did not come out, each with a button that prints it
 * again with its place in line now. A ticket leaves the list once its paper is out.
 */
public final class ReprintPanel {

    private ReprintPanel() {
    }

    /** The panel for {@code queue}'s reprint queue; it re-reads the queue after every reprint. */
    public static Node create(QueueScreens queue, Controls controls, ZoneId zone) {
        VBox box = new VBox();
        box.getStyleClass().add("queue-reprints");
        box.setId("queue-reprints");
        fill(box, queue, controls, zone);
        return box;
    }

    private static void fill(VBox box, QueueScreens queue, Controls controls, ZoneId zone) {
        box.getChildren().clear();
        box.getChildren().add(controls.label("queue.reprint.title", "admin-section"));
        var pending = queue.services().reprints().pending();
        if (pending.isEmpty()) {
            box.getChildren().add(controls.label("queue.reprint.none"));
            return;
        }
        for (ReprintQueue.Reprint r : pending) {
            Label what = new Label(r.ticket().number() + "  " + r.reason() + "  "
                    + r.queuedAt().atZone(zone).toLocalTime().withNano(0));
            Label outcome = new Label();
            outcome.getStyleClass().add("admin-warning");
            outcome.setVisible(false);
            Button again = controls.button("queue-reprint-" + r.ticket().number(), "queue.reprint.button", "mdi2p-printer", () -> {
                TicketPrintout out = queue.reprint(r.ticket());
                if (out.printed()) {
                    fill(box, queue, controls, zone);
                } else {
                    outcome.setText(((PrintResult.Failed) out.result()).describe());
                    outcome.setVisible(true);
                }
            });
            HBox row = new HBox(again, what, outcome);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("queue-reprint-row");
            box.getChildren().add(row);
        }
    }
}
