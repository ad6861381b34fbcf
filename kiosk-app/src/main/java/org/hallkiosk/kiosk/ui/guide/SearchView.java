package org.hallkiosk.kiosk.ui.guide;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.search.MatchKind;
import org.hallkiosk.content.search.SearchHit;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.kiosk.ui.keyboard.OnScreenKeyboard;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search screen: what is typed, the results under it (or popular searches before typing), and the
 * on-screen keyboard — beside the results on a landscape screen, below them on a portrait one.
 */
final class SearchView {

    private SearchView() {
    }

    static Node create(ShellViewModel shell, Controls controls, SearchViewModel vm) {
        FontIcon magnifier = new FontIcon("mdi2m-magnify");
        magnifier.getStyleClass().add("guide-search-icon");
        Label query = new Label();
        query.setId("guide-query");
        query.getStyleClass().add("guide-query");
        query.setWrapText(true);
        query.setMinHeight(Region.USE_PREF_SIZE);
        query.textProperty().bind(Bindings.createStringBinding(
                () -> vm.keyboard().text().isBlank() ? controls.i18n().get("guide.search.placeholder") : vm.keyboard().text(),
                vm.keyboard().textProperty(), controls.i18n().localeProperty()));
        vm.emptyQueryProperty().addListener((o, was, empty) -> query.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("empty"), empty));
        query.pseudoClassStateChanged(PseudoClass.getPseudoClass("empty"), vm.keyboard().text().isBlank());
        HBox.setHgrow(query, Priority.ALWAYS);
        query.setMaxWidth(Double.MAX_VALUE);
        HBox field = new HBox(magnifier, query);
        field.getStyleClass().add("guide-search-box");

        Label count = new Label();
        count.setId("guide-result-count");
        count.getStyleClass().add("guide-result-count");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.keyboard().text().isBlank()) {
                return controls.i18n().get("guide.search.popular");
            }
            if (vm.results().isEmpty()) {
                return controls.i18n().get("guide.search.none", vm.keyboard().text());
            }
            return controls.i18n().get(vm.capped() ? "guide.search.many" : "guide.search.found", vm.results().size());
        }, vm.results(), vm.keyboard().textProperty(), controls.i18n().localeProperty()));

        FlowPane popular = new FlowPane();
        popular.setId("guide-popular");
        popular.getStyleClass().add("guide-popular");
        for (int i = 0; i < vm.popular().size(); i++) {
            String term = vm.popular().get(i);
            Label chip = GuideParts.text(term, "guide-chip-text");
            HBox face = new HBox(chip);
            face.getStyleClass().add("guide-chip");
            popular.getChildren().add(GuideParts.tappable(face, "guide-popular-" + i, () -> vm.choose(term)));
        }
        popular.visibleProperty().bind(vm.emptyQueryProperty());

        VBox rows = new VBox();
        rows.getStyleClass().add("guide-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (SearchHit hit : vm.results()) {
                rows.getChildren().add(resultRow(shell, controls, hit));
            }
        };
        vm.results().addListener((ListChangeListener<SearchHit>) c -> fill.run());
        fill.run();
        Node results = PageScroller.wrap(rows, controls, "guide-results");
        results.visibleProperty().bind(vm.emptyQueryProperty().not());
        StackPane answers = new StackPane(popular, results);
        answers.getStyleClass().add("guide-answers");
        VBox.setVgrow(answers, Priority.ALWAYS);
        HBox.setHgrow(answers, Priority.ALWAYS);

        VBox left = new VBox(field, count, answers);
        left.getStyleClass().add("guide-search-column");
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox.setVgrow(left, Priority.ALWAYS);
        Node keyboard = OnScreenKeyboard.create(controls, vm.keyboard());

        VBox page = GuideParts.page("screen-guide-search");
        Pane[] arrangement = new Pane[1];
        ChangeListener<Number> arrange = (o, a, b) -> {
            boolean landscape = page.getWidth() > page.getHeight() * 1.25;
            if (arrangement[0] != null && (arrangement[0] instanceof HBox) == landscape) {
                return;
            }
            Pane wanted = landscape ? new HBox(left, keyboard) : new VBox(left, keyboard);
            wanted.getStyleClass().add("guide-search-layout");
            VBox.setVgrow(wanted, Priority.ALWAYS);
            arrangement[0] = wanted;
            page.getChildren().setAll(wanted);
        };
        page.widthProperty().addListener(arrange);
        page.heightProperty().addListener(arrange);
        arrange.changed(null, 0, 0);
        return page;
    }

    private static Node resultRow(ShellViewModel shell, Controls controls, SearchHit hit) {
        StringBuilder detail = new StringBuilder(hit.department().shortName());
        if (hit.kind() == MatchKind.ALIAS || hit.kind() == MatchKind.MATERIAL) {
            detail.append(" · ").append(controls.i18n().get("guide.search.matched", hit.matchedText()));
        } else {
            hit.item().summaryText().ifPresent(s -> detail.append(" · ").append(s));
        }
        return GuideParts.row("guide-result-" + hit.item().code(), GuideParts.text(hit.item().name()),
                GuideParts.text(detail.toString()), () -> shell.open(GuideRoutes.item(hit.item().code())));
    }
}
