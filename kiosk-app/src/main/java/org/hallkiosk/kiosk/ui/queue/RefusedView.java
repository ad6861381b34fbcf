package org.hallkiosk.kiosk.ui.queue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.queue.Refusal;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Why no ticket: the same few words the line's tile showed as the heading, the whole reason below, and what the visitor
 * can still do — book another day (预约, a QR code), apply online (网上办, a QR code), or ask at the help desk — besides
 * choosing another line.
 */
public final class RefusedView {

    /** Screen pixels per QR module: a short portal URL comes out about 200 px, enough for a phone at arm's length. */
    private static final int QR_PIXELS = 6;

    private RefusedView() {
    }

    public static Node create(QueueViewModel vm, Controls controls, ShellViewModel shell) {
        FontIcon icon = new FontIcon("mdi2i-information-outline");
        icon.getStyleClass().add("message-icon");
        VBox box = new VBox(icon);
        Refusal refusal = vm.refusal().orElse(null);
        Label title = refusal != null && hasShortWords(refusal)
                ? Words.shortReason(controls, refusal, "message-title")
                : controls.label("queue.refused.title", "message-title");
        title.setId("queue-refused-title");
        box.getChildren().add(title);
        if (refusal != null) {
            Label reason = Words.refusal(controls, refusal, "queue-refusal");
            reason.setId("queue-refusal");
            box.getChildren().add(reason);
            if (offersAlternatives(refusal)) {
                box.getChildren().add(alternatives(vm, controls, shell));
            }
        }
        Button back = controls.button("queue-choose-another", "queue.refused.back", "mdi2f-format-list-bulleted", vm::chooseAnother);
        back.getStyleClass().addAll("primary", "queue-big-button");
        box.getChildren().add(back);
        box.getStyleClass().addAll("message-screen", "queue-refused");
        box.setAlignment(Pos.CENTER);
        box.setId("screen-queue-refused");
        return box;
    }

    /** The refusals a line's tile can show (they have {@code queue.short.*} words). */
    static boolean hasShortWords(Refusal r) {
        return r instanceof Refusal.ClosedToday || r instanceof Refusal.OutsideHours || r instanceof Refusal.QuotaReached
                || r instanceof Refusal.ClosingSoon || r instanceof Refusal.NumbersExhausted;
    }

    /** A line that gives no more numbers today: the visitor may book, apply online or ask; not so for the rest. */
    static boolean offersAlternatives(Refusal r) {
        return hasShortWords(r);
    }

    private static Node alternatives(QueueViewModel vm, Controls controls, ShellViewModel shell) {
        RefusalOptions options = vm.refusalOptions();
        HBox row = new HBox();
        row.getStyleClass().add("queue-alternatives");
        row.setId("queue-alternatives");
        row.setAlignment(Pos.CENTER);
        options.bookingUrl().ifPresent(url -> row.getChildren().add(qrCard(controls, "queue-alt-booking", "queue.alt.booking",
                "queue.alt.booking.how", url)));
        options.onlineUrl().ifPresent(url -> row.getChildren().add(qrCard(controls, "queue-alt-online", "queue.alt.online",
                "queue.alt.online.how", url)));
        FontIcon desk = new FontIcon("mdi2a-account-tie");
        desk.getStyleClass().add("queue-alt-icon");
        Button call = controls.button("queue-alt-call", "help.call", "mdi2h-hand-back-right",
                () -> shell.helpRequested(ShellViewModel.HelpSource.SCREEN));
        call.getStyleClass().add("call-staff");
        VBox deskCard = new VBox(controls.label("queue.alt.desk", "queue-alt-title"), desk,
                controls.label("queue.alt.desk.how", "queue-alt-how"), call);
        deskCard.getStyleClass().add("queue-alt");
        deskCard.setId("queue-alt-desk");
        row.getChildren().add(deskCard);
        for (Node n : row.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
            ((VBox) n).setMaxWidth(Double.MAX_VALUE);
            ((VBox) n).setPrefWidth(0);
        }
        return row;
    }

    private static VBox qrCard(Controls controls, String id, String titleKey, String howKey, String url) {
        ImageView qr = new ImageView(QrImage.of(url, QR_PIXELS));
        qr.setSmooth(false);
        qr.setId(id + "-qr");
        VBox card = new VBox(controls.label(titleKey, "queue-alt-title"), qr, controls.label(howKey, "queue-alt-how"));
        card.getStyleClass().add("queue-alt");
        card.setId(id);
        card.setUserData(url);
        return card;
    }
}
