package org.hallkiosk.kiosk.ui.queue;

import javafx.scene.control.Label;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.queue.Refusal;

/** Labels of the queue screens whose text follows the language, with values filled in. */
final class Words {

    private Words() {
    }

    /** A wrapping label bound to {@code key} with {@code args}. */
    static Label label(Controls controls, String key, Object[] args, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(controls.i18n().text(key, args));
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }

    /** A label with fixed text that is not a word (a ticket number, a line prefix). */
    static Label plain(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** The whole reason, as the refusal screen says it. */
    static Label refusal(Controls controls, Refusal r, String... styleClasses) {
        return label(controls, "queue.refusal." + r.rule(), r.arguments().toArray(), styleClasses);
    }

    /** The few words a closed line's button shows. */
    static Label shortReason(Controls controls, Refusal r, String... styleClasses) {
        return label(controls, "queue.short." + r.rule(), r.arguments().toArray(), styleClasses);
    }
}
