package org.hallkiosk.kiosk.ui.progress;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.progress.CaseRecord;
import org.hallkiosk.kiosk.progress.CaseStep;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Field;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Notice;
import org.hallkiosk.kiosk.ui.progress.ProgressViewModel.Page;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The 进度查询 pages: choose how to look up, the keypad, the card reader, the holder's list and the case with its
 * timeline. The view only binds and forwards; {@link ProgressViewModel} decides. Every text wraps, so large text
 * (大字版) and English never cut a word off; long pages scroll.
 */
final class ProgressView {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Where a tappable region keeps its action, so that scripted visits can press it like a button. */
    static final String ACTION = "progress.action";

    private ProgressView() {
    }

    static Node create(ProgressViewModel vm, Controls controls) {
        Page page = vm.pageProperty().get();
        Node body = switch (page) {
            case START -> start(vm, controls);
            case KEYPAD -> keypad(vm, controls);
            case CARD -> card(vm, controls);
            case LIST -> list(vm, controls);
            case CASE -> rebuildOn(vm.shownProperty(), () -> caseView(vm, controls, vm.shownProperty().get()));
        };
        StackPane root = new StackPane(body, busy(vm, controls));
        root.setId("screen-progress-" + page.name().toLowerCase(java.util.Locale.ROOT));
        root.getStyleClass().add("progress");
        listenForWedgeScans(root, vm);
        return root;
    }

    // ---- shared parts ----

    private static Node header(ProgressViewModel vm, Controls controls, String titleKey, Object... args) {
        return header(vm, controls, false, titleKey, args);
    }

    /** The page title, the demo-data badge, and (on result pages) the way to look up another case. */
    private static Node header(ProgressViewModel vm, Controls controls, boolean another, String titleKey, Object... args) {
        Label title = new Label();
        title.textProperty().bind(controls.i18n().text(titleKey, args));
        title.getStyleClass().add("progress-title");
        title.setWrapText(true);
        HBox row = new HBox(title);
        row.getStyleClass().add("progress-header");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        if (vm.demoData()) {
            Label demo = controls.label("progress.demoData", "progress-demo-badge");
            demo.setId("progress-demo-badge");
            demo.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(demo);
        }
        if (another) {
            Button b = controls.button("progress-another", "progress.case.another", "mdi2m-magnify", vm::lookUpAnother);
            b.getStyleClass().add("progress-another");
            b.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(b);
        }
        return row;
    }

    /**
     * A region that acts as a button. Buttons lay out a graphic of wrapping labels as if it were zero wide (one
     * character per line), so faces with several lines of text are plain regions that react to a tap instead.
     * A drag that scrolls the page does not count as a tap.
     */
    private static <T extends Region> T tappable(T r, String id, Runnable action) {
        r.setId(id);
        r.getStyleClass().add("progress-tappable");
        r.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        r.getProperties().put(ACTION, action);
        r.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                action.run();
            }
        });
        return r;
    }

    private static Node notice(ProgressViewModel vm, Controls controls) {
        I18n i18n = controls.i18n();
        Label text = new Label();
        text.setId("progress-notice");
        text.setWrapText(true);
        text.getStyleClass().add("progress-notice-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeProperty().get() == Notice.NONE ? ""
                : i18n.get("progress.notice." + vm.noticeProperty().get().name()), vm.noticeProperty(), i18n.localeProperty()));
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("progress-notice-icon");
        HBox box = new HBox(icon, text);
        box.getStyleClass().add("progress-notice");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        var showing = vm.noticeProperty().isNotEqualTo(Notice.NONE);
        box.visibleProperty().bind(showing);
        box.managedProperty().bind(showing);
        return box;
    }

    private static Node busy(ProgressViewModel vm, Controls controls) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("progress-busy-spinner");
        Label text = controls.label("progress.busy", "progress-busy-text");
        VBox card = new VBox(spinner, text);
        card.getStyleClass().add("progress-busy-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane layer = new StackPane(card);
        layer.setId("progress-busy");
        layer.getStyleClass().add("progress-busy");
        layer.visibleProperty().bind(vm.busyProperty());
        // While a lookup runs, a second tap must not start another one.
        layer.setOnMousePressed(e -> e.consume());
        return layer;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPannable(true);
        scroll.getStyleClass().add("progress-scroll");
        return scroll;
    }

    /** Rebuilds a part whenever {@code value} changes, holding its listener no longer than the part lives. */
    private static <T> Node rebuildOn(ObservableValue<T> value, Supplier<Node> build) {
        StackPane holder = new StackPane(build.get());
        ChangeListener<T> rebuild = (o, a, b) -> holder.getChildren().setAll(build.get());
        holder.getProperties().put("progress.rebuild", rebuild); // the node keeps its listener alive
        value.addListener(new WeakChangeListener<>(rebuild));
        return holder;
    }

    /** A keyboard-wedge scanner types its code into whatever has focus: catch the burst at the scene. */
    private static void listenForWedgeScans(Node root, ProgressViewModel vm) {
        EventHandler<KeyEvent> filter = e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED)) {
                return;
            }
            char c = ch.charAt(0);
            long now = System.nanoTime() / 1_000_000;
            boolean taken = c == '\r' || c == '\n' ? vm.enterTyped(now) : !Character.isISOControl(c) && vm.keyTyped(c, now);
            if (taken) {
                e.consume();
            }
        };
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_TYPED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_TYPED, filter);
            }
        });
    }

    private static Label text(String value, String... styleClasses) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.getStyleClass().addAll(styleClasses);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    // ---- start: how to look up ----

    private static Node start(ProgressViewModel vm, Controls controls) {
        Label prompt = controls.label("progress.start.prompt", "progress-prompt");

        FontIcon scanIcon = new FontIcon("mdi2q-qrcode-scan");
        VBox scan = new VBox(scanIcon, controls.label("progress.start.scan.title", "progress-option-title"),
                controls.label("progress.start.scan.body", "progress-option-body"));
        scan.setId("progress-option-scan");
        scan.getStyleClass().addAll("progress-option", "progress-option-scan");

        FlowPane options = new FlowPane(scan,
                option(controls, "progress-open-keypad", "mdi2d-dialpad", "progress.start.keypad", vm::openKeypad));
        if (vm.settings().idCardLookup()) {
            options.getChildren().add(option(controls, "progress-open-card", "mdi2c-card-account-details-outline",
                    "progress.start.card", vm::openCardReader));
        }
        options.getStyleClass().add("progress-options");

        VBox box = new VBox(header(vm, controls, "progress.title"), prompt, notice(vm, controls), options);
        if (vm.scannerSimulated()) {
            Button demo = controls.button("progress-demo-scan", "progress.demo.scan", "mdi2q-qrcode",
                    () -> vm.simulateScan(DemoCases.RECEIPT_QR));
            demo.getStyleClass().add("progress-demo");
            box.getChildren().add(demo);
        }
        box.getStyleClass().add("progress-page");
        options.prefWrapLengthProperty().bind(box.widthProperty().subtract(60));
        return scrolling(box);
    }

    private static Node option(Controls controls, String id, String icon, String key, Runnable action) {
        VBox face = new VBox(new FontIcon(icon), controls.label(key + ".title", "progress-option-title"),
                controls.label(key + ".body", "progress-option-body"));
        face.getStyleClass().addAll("progress-option", "progress-option-button");
        return tappable(face, id, action);
    }

    // ---- keypad ----

    private static Node keypad(ProgressViewModel vm, Controls controls) {
        I18n i18n = controls.i18n();
        HBox fields = new HBox(
                field(vm, controls, Field.CASE_NUMBER, "progress-field-case", "progress.keypad.caseNumber", vm.caseNumberProperty()),
                field(vm, controls, Field.QUERY_CODE, "progress-field-code", "progress.keypad.queryCode", vm.queryCodeProperty()));
        fields.getStyleClass().add("progress-fields");

        Label hint = new Label();
        hint.setId("progress-keypad-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("progress-hint");
        hint.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("progress.keypad.hint." + vm.activeFieldProperty().get().name()),
                vm.activeFieldProperty(), i18n.localeProperty()));

        GridPane digits = new GridPane();
        digits.getStyleClass().add("progress-keys");
        String digitKeys = "123456789";
        for (int i = 0; i < digitKeys.length(); i++) {
            digits.add(key(vm, digitKeys.charAt(i)), i % 3, i / 3);
        }
        Button zero = key(vm, '0');
        zero.setMaxWidth(Double.MAX_VALUE);
        digits.add(zero, 0, 3, 2, 1);
        digits.add(key(vm, '-'), 2, 3);

        FlowPane pads = new FlowPane();
        pads.getStyleClass().add("progress-pads");
        if (vm.settings().keypadLetters()) {
            GridPane letters = new GridPane();
            letters.getStyleClass().add("progress-keys");
            for (int i = 0; i < LETTERS.length(); i++) {
                letters.add(key(vm, LETTERS.charAt(i)), i % 7, i / 7);
            }
            pads.getChildren().add(letters);
        }
        pads.getChildren().add(digits);

        Button clear = controls.button("progress-clear", "progress.keypad.clear", "mdi2c-close-circle-outline", vm::clearField);
        clear.getStyleClass().add("progress-action");
        Button next = controls.button("progress-next", "progress.keypad.next", "mdi2a-arrow-right-bold", vm::next);
        next.textProperty().unbind();
        next.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.activeFieldProperty().get() == Field.CASE_NUMBER
                ? "progress.keypad.next" : "progress.keypad.search"), vm.activeFieldProperty(), i18n.localeProperty()));
        next.getStyleClass().addAll("progress-action", "primary");
        Button delete = controls.button("progress-delete", "progress.keypad.delete", "mdi2b-backspace-outline", vm::deleteLast);
        delete.getStyleClass().add("progress-action");
        VBox actions = new VBox(next, delete, clear);
        actions.getStyleClass().add("progress-actions");
        pads.getChildren().add(actions);

        // The complaint takes the hint's place, so that the keys stay on screen in 大字版.
        var quiet = vm.noticeProperty().isEqualTo(Notice.NONE);
        hint.visibleProperty().bind(quiet);
        hint.managedProperty().bind(quiet);
        VBox box = new VBox(header(vm, controls, "progress.keypad.title"), fields, hint, notice(vm, controls), pads);
        box.getStyleClass().addAll("progress-page", "progress-keypad");
        pads.prefWrapLengthProperty().bind(box.widthProperty().subtract(60));
        return scrolling(box);
    }

    private static Node field(ProgressViewModel vm, Controls controls, Field f, String id, String labelKey,
                              ObservableValue<String> value) {
        Label label = controls.label(labelKey, "progress-field-label");
        Label shown = new Label();
        shown.setWrapText(true);
        shown.getStyleClass().add("progress-field-value");
        shown.setId(id + "-value");
        shown.textProperty().bind(Bindings.createStringBinding(() -> value.getValue().isEmpty()
                ? controls.i18n().get("progress.keypad.empty") : value.getValue(), value, controls.i18n().localeProperty()));
        ChangeListener<String> empty = (o, a, now) -> shown.pseudoClassStateChanged(EMPTY, now.isEmpty());
        shown.getProperties().put("progress.empty", empty);
        value.addListener(new WeakChangeListener<>(empty));
        shown.pseudoClassStateChanged(EMPTY, value.getValue().isEmpty());
        VBox b = tappable(new VBox(label, shown), id, () -> vm.select(f));
        b.getStyleClass().add("progress-field");
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, f == Field.CASE_NUMBER ? Priority.ALWAYS : Priority.SOMETIMES);
        ChangeListener<Field> mark = (o, a, now) -> b.pseudoClassStateChanged(ACTIVE, now == f);
        b.getProperties().put("progress.mark", mark);
        vm.activeFieldProperty().addListener(new WeakChangeListener<>(mark));
        b.pseudoClassStateChanged(ACTIVE, vm.activeFieldProperty().get() == f);
        return b;
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");
    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");

    private static Button key(ProgressViewModel vm, char c) {
        Button b = new Button(String.valueOf(c));
        b.setId("progress-key-" + (c == '-' ? "dash" : String.valueOf(c)));
        b.getStyleClass().addAll("kiosk-button", "progress-key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> vm.press(c));
        return b;
    }

    // ---- ID card ----

    private static Node card(ProgressViewModel vm, Controls controls) {
        FontIcon icon = new FontIcon("mdi2c-card-account-details-outline");
        icon.getStyleClass().add("message-icon");
        Label title = controls.label("progress.card.title", "message-title");
        Label purpose = controls.label("progress.card.notice", "progress-privacy");
        purpose.setId("progress-card-notice");
        Label waiting = controls.label("progress.card.waiting", "progress-waiting");
        Label noCard = controls.label("progress.card.noCard", "progress-muted");
        VBox centre = new VBox(icon, title, purpose, waiting, noCard);
        centre.getStyleClass().add("progress-card-centre");
        if (vm.readerSimulated()) {
            Button demo = controls.button("progress-demo-card", "progress.demo.card", "mdi2c-card-account-details",
                    () -> vm.simulateCard(SimulatedCards.resident()));
            demo.getStyleClass().add("progress-demo");
            centre.getChildren().add(demo);
        }
        VBox box = new VBox(header(vm, controls, "progress.start.card.title"), notice(vm, controls), centre);
        box.getStyleClass().add("progress-page");
        return scrolling(box);
    }

    // ---- the holder's cases ----

    private static Node list(ProgressViewModel vm, Controls controls) {
        CaseText words = new CaseText(controls.i18n());
        List<CaseRecord> cases = List.copyOf(vm.cases());
        Node head = vm.maskedHolderProperty().get().isEmpty()
                ? header(vm, controls, true, "progress.list.titleNoName", cases.size())
                : header(vm, controls, true, "progress.list.title", vm.maskedHolderProperty().get(), cases.size());
        VBox rows = new VBox();
        rows.getStyleClass().add("progress-list");
        for (int i = 0; i < cases.size(); i++) {
            CaseRecord c = cases.get(i);
            Label item = text(c.itemName(), "progress-list-item");
            Label status = text(words.status(c.status()), "progress-list-status", CaseText.statusClass(c.status()));
            Label accepted = text(words.accepted(c), "progress-list-meta");
            Label number = text(controls.i18n().get("progress.case.number", c.caseNumber()), "progress-list-meta");
            FlowPane line = new FlowPane(status, accepted);
            line.getStyleClass().add("progress-list-line");
            VBox face = new VBox(item, line, number);
            face.getStyleClass().add("progress-list-face");
            FontIcon chevron = new FontIcon("mdi2c-chevron-right");
            HBox.setHgrow(face, Priority.ALWAYS);
            face.setMaxWidth(Double.MAX_VALUE);
            HBox row = tappable(new HBox(face, chevron), "progress-case-" + i, () -> vm.choose(c));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("progress-list-row");
            rows.getChildren().add(row);
        }
        VBox box = new VBox(head, notice(vm, controls), rows);
        box.getStyleClass().add("progress-page");
        return scrolling(box);
    }

    // ---- one case ----

    private static Node caseView(ProgressViewModel vm, Controls controls, CaseRecord c) {
        if (c == null) {
            return new VBox();
        }
        I18n i18n = controls.i18n();
        CaseText words = new CaseText(i18n);

        Label item = text(c.itemName(), "progress-case-item");
        item.setId("progress-case-item");
        FlowPane meta = new FlowPane(
                text(i18n.get("progress.case.number", c.caseNumber()), "progress-meta"),
                text(i18n.get("progress.case.applicant", c.maskedApplicant()), "progress-meta"));
        if (!c.department().isEmpty()) {
            meta.getChildren().add(text(i18n.get("progress.case.department", c.department()), "progress-meta"));
        }
        c.acceptedAt().ifPresent(t -> meta.getChildren().add(text(i18n.get("progress.case.accepted", words.dateTime(t)), "progress-meta")));
        meta.getStyleClass().add("progress-meta-row");
        meta.setId("progress-case-meta");

        VBox status = new VBox(text(i18n.get("progress.case.currentStatus"), "progress-section"));
        Label statusText = text(words.status(c.status()), "progress-status", CaseText.statusClass(c.status()));
        statusText.setId("progress-status");
        status.getChildren().add(statusText);
        if (!c.statusNote().isEmpty()) {
            Label note = text(c.statusNote(), "progress-status-note");
            note.setId("progress-status-note");
            status.getChildren().add(note);
        }
        CaseText.DeadlineLine deadline = words.deadline(vm.deadline(c));
        if (!deadline.headline().isEmpty()) {
            Label headline = text(deadline.headline(), "progress-deadline");
            headline.setId("progress-deadline");
            VBox box = new VBox(headline);
            box.getStyleClass().add("progress-deadline-box");
            if (!deadline.detail().isEmpty()) {
                Label detail = text(deadline.detail(), "progress-deadline-detail");
                detail.setId("progress-deadline-detail");
                box.getChildren().add(detail);
            }
            if (deadline.tone() == CaseText.Tone.WARNING) {
                box.getStyleClass().add("progress-deadline-warning");
                FontIcon alert = new FontIcon("mdi2a-alert");
                alert.getStyleClass().add("progress-deadline-icon");
                headline.setGraphic(alert);
            }
            status.getChildren().add(box);
        }
        List<String> pickup = words.pickup(c.pickup());
        if (!pickup.isEmpty()) {
            VBox pick = new VBox(text(i18n.get("progress.case.pickup"), "progress-section"));
            pickup.forEach(p -> pick.getChildren().add(text(p, "progress-pickup-line")));
            pick.getStyleClass().add("progress-pickup");
            pick.setId("progress-pickup");
            status.getChildren().add(pick);
        }
        status.getStyleClass().add("progress-status-panel");

        VBox timeline = new VBox(text(i18n.get("progress.case.timeline"), "progress-section"));
        timeline.getStyleClass().add("progress-timeline");
        timeline.setId("progress-timeline");
        List<CaseStep> steps = c.steps();
        if (steps.isEmpty()) {
            timeline.getChildren().add(text(i18n.get("progress.case.noSteps"), "progress-muted"));
        }
        for (int i = 0; i < steps.size(); i++) {
            timeline.getChildren().add(step(words, i18n, steps.get(i), i == steps.size() - 1, i == 0));
        }

        // Side by side on a landscape screen; stacked, status first, on a portrait one.
        FlowPane columns = new FlowPane(status, timeline);
        columns.getStyleClass().add("progress-columns");
        var wide = columns.widthProperty().greaterThan(1300);
        status.prefWidthProperty().bind(Bindings.when(wide).then(columns.widthProperty().multiply(0.46)).otherwise(columns.widthProperty()));
        timeline.prefWidthProperty().bind(Bindings.when(wide).then(columns.widthProperty().multiply(0.54).subtract(30)).otherwise(columns.widthProperty()));
        status.setMinHeight(Region.USE_PREF_SIZE);
        timeline.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(header(vm, controls, true, "progress.title"), item, meta, columns);
        box.getStyleClass().addAll("progress-page", "progress-case");
        return scrolling(box);
    }

    private static Node step(CaseText words, I18n i18n, CaseStep s, boolean current, boolean first) {
        Region dot = new Region();
        dot.getStyleClass().add("progress-step-dot");
        Region line = new Region();
        line.getStyleClass().add("progress-step-line");
        VBox.setVgrow(line, Priority.ALWAYS);
        VBox marker = new VBox(dot, line);
        marker.getStyleClass().add("progress-step-marker");
        marker.setAlignment(Pos.TOP_CENTER);

        VBox body = new VBox();
        body.getStyleClass().add("progress-step-body");
        HBox titleRow = new HBox(text(s.name(), "progress-step-name"));
        titleRow.getStyleClass().add("progress-step-title");
        if (current) {
            titleRow.getChildren().add(text(i18n.get("progress.case.current"), "progress-step-current-tag"));
        }
        s.time().ifPresent(t -> body.getChildren().add(text(words.dateTime(t), "progress-step-time")));
        body.getChildren().add(titleRow);
        if (!s.department().isEmpty()) {
            body.getChildren().add(text(s.department(), "progress-step-meta"));
        }
        if (!s.result().isEmpty()) {
            body.getChildren().add(text(s.result(), "progress-step-result"));
        }
        if (!s.note().isEmpty()) {
            body.getChildren().add(text(s.note(), "progress-step-meta"));
        }
        HBox row = new HBox(marker, body);
        row.getStyleClass().add("progress-step");
        if (current) {
            row.getStyleClass().add("current");
        }
        if (first) {
            row.getStyleClass().add("first");
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMaxWidth(Double.MAX_VALUE);
        return row;
    }
}
