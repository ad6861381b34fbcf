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

    /** A wrapping label whose text follows the language: {@code text} is asked again, with "English?", on each change. */
    static Label inLanguage(Controls controls, java.util.function.Function<Boolean, String> text, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.apply(!controls.i18n().isChinese()), controls.i18n().localeProperty()));
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }

    /** The line's name in the visitor's language. */
    static Label lineName(QueueViewModel vm, Controls controls, org.hallkiosk.queue.QueueLine line, String... styleClasses) {
        return inLanguage(controls, en -> vm.content().name(line, en), styleClasses);
    }

    /**
     * Counters and where they are: {@code key} with the windows, or {@code key.at} with the windows and the place
     * ("请到 1 楼 A 区 1-6 号窗口办理") when lines.yaml gives floor and zone.
     */
    static Label windows(QueueViewModel vm, Controls controls, String key, org.hallkiosk.queue.QueueLine line, String... styleClasses) {
        var place = vm.content().place(line.prefix());
        return inLanguage(controls, en -> place
                .map(p -> controls.i18n().get(key + ".at", line.windowsDisplay(), p.text(en)))
                .orElseGet(() -> controls.i18n().get(key, line.windowsDisplay())), styleClasses);
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
