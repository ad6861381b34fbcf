package org.hallkiosk.kiosk.ui.guide;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.model.Fee;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.Step;
import org.hallkiosk.kiosk.print.notice.OneTimeNotice;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One item's guide. The name and department stay at the top and the actions (打印告知单, 扫码带走, 取号办理)
 * at the bottom; between them the guide pages: the facts at a glance, then 申请材料 as a checklist, 受理条件,
 * 办理流程, 收费标准与依据, 设定依据, 办理地点与时间, 咨询/投诉电话 and 办理结果. Every text wraps.
 */
final class ItemDetailView {

    /** Where the page keeps its view model, for the walkthrough. */
    static final String MODEL = "guide.detail";

    private ItemDetailView() {
    }

    static Node create(ShellViewModel shell, Controls controls, ItemDetailViewModel vm) {
        ServiceItem item = vm.item();
        OneTimeNotice notice = vm.notice();
        Label name = GuideParts.text(item.name());
        name.setId("guide-item-name");
        VBox heading = GuideParts.heading(name,
                GuideParts.text(notice.departmentName() + (item.implementingBody().equals(notice.departmentName())
                        ? "" : " · " + item.implementingBody())));

        VBox body = new VBox();
        body.getStyleClass().add("guide-detail");
        body.getChildren().add(glance(controls, notice));
        body.getChildren().add(materials(controls, item.materials()));
        if (!item.conditions().isEmpty()) {
            body.getChildren().add(section(controls, "guide-conditions", "guide.section.conditions", numbered(item.conditions())));
        }
        if (!item.steps().isEmpty()) {
            body.getChildren().add(section(controls, "guide-steps", "guide.section.steps", steps(item.steps())));
        }
        body.getChildren().add(section(controls, "guide-fees", "guide.section.fees", fees(controls, notice)));
        if (!item.legalBasis().isEmpty()) {
            body.getChildren().add(section(controls, "guide-basis", "guide.section.basis", numbered(item.legalBasis())));
        }
        body.getChildren().add(section(controls, "guide-where", "guide.section.where", where(controls, notice)));
        body.getChildren().add(section(controls, "guide-phones", "guide.section.phones", phones(controls, notice)));
        body.getChildren().add(section(controls, "guide-outcome", "guide.section.outcome", outcome(controls, item)));

        Node scroller = PageScroller.wrap(body, controls, "guide-detail");
        VBox page = GuideParts.page("screen-guide-item", heading, scroller, actions(shell, controls, vm));
        page.getProperties().put(MODEL, vm);
        return page;
    }

    /** The facts a visitor asks first, as large cards: time limits, fees, visits. */
    private static Node glance(Controls controls, OneTimeNotice notice) {
        FlowPane cards = new FlowPane();
        cards.setId("guide-glance");
        cards.getStyleClass().add("guide-glance");
        cards.getChildren().add(card(controls, "guide-fact-promised", "guide.fact.promised", notice.promisedText()));
        notice.statutoryText().ifPresent(s -> cards.getChildren().add(card(controls, "guide-fact-statutory", "guide.fact.statutory", s)));
        cards.getChildren().add(card(controls, "guide-fact-fees", "guide.fact.fees", notice.feeSummary()));
        cards.getChildren().add(card(controls, "guide-fact-visits", "guide.fact.visits", notice.visitsText()));
        return cards;
    }

    private static Node card(Controls controls, String id, String key, String value) {
        Label name = GuideParts.words(controls, key);
        name.getStyleClass().add("guide-fact-name");
        Label v = GuideParts.text(value, "guide-fact-value");
        VBox card = new VBox(name, v);
        card.setId(id);
        card.getStyleClass().add("guide-fact");
        return card;
    }

    private static VBox section(Controls controls, String id, String titleKey, Node content) {
        Label title = GuideParts.words(controls, titleKey);
        title.getStyleClass().add("guide-section-title");
        VBox box = new VBox(title, content);
        box.setId(id);
        box.getStyleClass().add("guide-section");
        return box;
    }

    /** 申请材料 as a checklist: each with its counts, and conditional ones marked with their condition. */
    private static Node materials(Controls controls, List<Material> materials) {
        Label title = GuideParts.words(controls, "guide.section.materials", materials.size());
        title.getStyleClass().add("guide-section-title");
        VBox list = new VBox();
        list.getStyleClass().add("guide-materials");
        for (int i = 0; i < materials.size(); i++) {
            list.getChildren().add(material(controls, i + 1, materials.get(i)));
        }
        VBox box = new VBox(title, list);
        box.setId("guide-materials");
        box.getStyleClass().add("guide-section");
        return box;
    }

    private static Node material(Controls controls, int number, Material m) {
        FontIcon box = new FontIcon("mdi2c-checkbox-blank-outline");
        box.getStyleClass().add("guide-material-box");
        Label name = GuideParts.text(number + ". " + m.name(), "guide-material-name");
        FlowPane counts = new FlowPane();
        counts.getStyleClass().add("guide-material-counts");
        if (m.originals() > 0) {
            counts.getChildren().add(GuideParts.words(controls, "guide.material.originals", m.originals()));
        }
        if (m.copies() > 0) {
            counts.getChildren().add(GuideParts.words(controls, "guide.material.copies", m.copies()));
        }
        counts.getChildren().forEach(n -> n.getStyleClass().add("guide-count-badge"));
        m.sourceText().ifPresent(s -> {
            Label source = GuideParts.words(controls, "guide.material.source", s);
            source.getStyleClass().add("guide-material-source");
            counts.getChildren().add(source);
        });
        VBox lines = new VBox(name, counts);
        lines.getStyleClass().add("guide-material-lines");
        m.conditionText().ifPresent(c -> {
            Label when = GuideParts.words(controls, "guide.material.condition", c);
            when.getStyleClass().add("guide-material-condition");
            FontIcon mark = new FontIcon("mdi2a-alert-circle-outline");
            mark.getStyleClass().add("guide-condition-icon");
            when.setGraphic(mark);
            lines.getChildren().add(when);
        });
        m.noteText().ifPresent(n -> lines.getChildren().add(GuideParts.text(n, "guide-muted")));
        HBox.setHgrow(lines, Priority.ALWAYS);
        lines.setMinWidth(0);
        lines.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(box, lines);
        row.setId("guide-material-" + number);
        row.getStyleClass().add("guide-material");
        if (!m.required()) {
            row.getStyleClass().add("conditional");
        }
        return row;
    }

    private static Node numbered(List<String> entries) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        for (int i = 0; i < entries.size(); i++) {
            list.getChildren().add(GuideParts.text((i + 1) + ". " + entries.get(i), "guide-list-entry"));
        }
        return list;
    }

    private static Node steps(List<Step> steps) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("guide-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label name = GuideParts.text(s.name(), "guide-step-name");
            VBox lines = new VBox(name);
            s.detailText().ifPresent(d -> lines.getChildren().add(GuideParts.text(d, "guide-step-detail")));
            HBox.setHgrow(lines, Priority.ALWAYS);
            lines.setMinWidth(0);
            HBox row = new HBox(number, lines);
            row.getStyleClass().add("guide-step");
            list.getChildren().add(row);
        }
        return list;
    }

    private static Node fees(Controls controls, OneTimeNotice notice) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        List<Fee> charges = notice.item().fees().charges();
        if (charges.isEmpty()) {
            list.getChildren().add(GuideParts.text(notice.feeLines().get(0), "guide-list-entry"));
            return list;
        }
        for (Fee f : charges) {
            list.getChildren().add(GuideParts.text(f.name() + "：" + f.display(), "guide-list-entry", "guide-strong"));
            f.conditionText().ifPresent(c -> list.getChildren().add(GuideParts.text(c, "guide-list-entry")));
            Label basis = GuideParts.words(controls, "guide.fee.basis", f.basis());
            basis.getStyleClass().addAll("guide-list-entry", "guide-muted");
            list.getChildren().add(basis);
        }
        return list;
    }

    private static Node where(Controls controls, OneTimeNotice notice) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        notice.windowsText().ifPresent(w -> list.getChildren().add(labelled(controls, "guide.where.windows", w)));
        list.getChildren().add(labelled(controls, "guide.where.place", notice.place()));
        list.getChildren().add(labelled(controls, "guide.where.hours", notice.hours()));
        return list;
    }

    private static Node phones(Controls controls, OneTimeNotice notice) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        notice.phones().consultationNumber().ifPresent(p -> list.getChildren().add(labelled(controls, "guide.phone.consultation", p)));
        notice.phones().complaintNumber().ifPresent(p -> list.getChildren().add(labelled(controls, "guide.phone.complaint", p)));
        return list;
    }

    private static Node outcome(Controls controls, ServiceItem item) {
        VBox list = new VBox();
        list.getStyleClass().add("guide-list");
        list.getChildren().add(GuideParts.text(item.outcome().name()
                + item.outcome().kindText().map(k -> "（" + k + "）").orElse(""), "guide-list-entry", "guide-strong"));
        if (!item.outcome().delivery().isEmpty()) {
            list.getChildren().add(labelled(controls, "guide.outcome.delivery", String.join("、", item.outcome().delivery())));
        }
        return list;
    }

    private static Label labelled(Controls controls, String key, String value) {
        Label l = GuideParts.words(controls, key, value);
        l.getStyleClass().add("guide-list-entry");
        return l;
    }

    /** 打印告知单, 扫码带走 and (when the queue is in service) 取号办理, with what became of the last print. */
    private static Node actions(ShellViewModel shell, Controls controls, ItemDetailViewModel vm) {
        String code = vm.item().code();
        Button print = controls.button("guide-print", "guide.action.print", "mdi2p-printer", vm::printNotice);
        Button qr = controls.button("guide-qr", "guide.action.qr", "mdi2q-qrcode", () -> shell.open(GuideRoutes.qr(code)));
        FlowPane buttons = new FlowPane(print, qr);
        buttons.getStyleClass().add("guide-actions");
        if (vm.queueLine().isPresent()) {
            buttons.getChildren().add(controls.button("guide-queue", "guide.action.queue", "mdi2t-ticket-confirmation", vm::takeTicket));
        }
        for (Node n : buttons.getChildren()) {
            Button b = (Button) n;
            b.getStyleClass().addAll("primary", "guide-action");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setWrapText(true);
        }
        print.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.printStateProperty().get() instanceof PrintState.Printing, vm.printStateProperty()));

        Label status = new Label();
        status.setId("guide-print-status");
        status.getStyleClass().add("guide-print-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            PrintState state = vm.printStateProperty().get();
            if (state instanceof PrintState.Printing) {
                return controls.i18n().get("guide.print.printing");
            } else if (state instanceof PrintState.Printed) {
                return controls.i18n().get("guide.print.done");
            } else if (state instanceof PrintState.Failed f) {
                return controls.i18n().get(PrintState.failureKey(f.reason())) + controls.i18n().get("guide.print.useQr");
            }
            return "";
        }, vm.printStateProperty(), controls.i18n().localeProperty()));
        vm.printStateProperty().addListener((o, was, now) -> {
            boolean failed = now instanceof PrintState.Failed;
            status.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), failed);
            // after a failed print the QR code is the way to take the notice along: make it the obvious button
            qr.getStyleClass().remove("suggested");
            if (failed) {
                qr.getStyleClass().add("suggested");
            }
        });
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        VBox bar = new VBox(status, buttons);
        bar.getStyleClass().add("guide-action-bar");
        return bar;
    }
}
