package org.hallkiosk.kiosk.ui.guide;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** 办事指南's first screen: the search box, and the three ways to browse — 个人办事, 法人办事, 按部门. */
final class GuideHomeView {

    private GuideHomeView() {
    }

    /** {@code popular} are searches offered under the tiles; tapping one opens the search with it typed in. */
    static Node create(ShellViewModel shell, Controls controls, GuideBrowser browser, List<String> popular) {
        VBox heading = GuideParts.heading(GuideParts.words(controls, "guide.home.title"),
                GuideParts.words(controls, "guide.home.subtitle"));

        FontIcon magnifier = new FontIcon("mdi2m-magnify");
        magnifier.getStyleClass().add("guide-search-icon");
        Label prompt = GuideParts.words(controls, "guide.search.prompt");
        prompt.getStyleClass().add("guide-search-prompt");
        HBox.setHgrow(prompt, Priority.ALWAYS);
        prompt.setMinWidth(0);
        HBox searchBox = GuideParts.tappable(new HBox(magnifier, prompt), "guide-open-search",
                () -> shell.open(GuideRoutes.search()));
        searchBox.getStyleClass().add("guide-search-box");

        FlowPane ways = new FlowPane();
        ways.getStyleClass().add("guide-ways");
        ways.getChildren().addAll(
                way(controls, "guide-person", "mdi2a-account", "guide.way.person",
                        GuideParts.words(controls, "guide.count.items", browser.count(Audience.PERSON)),
                        () -> shell.open(GuideRoutes.themes(Audience.PERSON))),
                way(controls, "guide-legal-person", "mdi2d-domain", "guide.way.legalPerson",
                        GuideParts.words(controls, "guide.count.items", browser.count(Audience.LEGAL_PERSON)),
                        () -> shell.open(GuideRoutes.themes(Audience.LEGAL_PERSON))),
                way(controls, "guide-by-department", "mdi2o-office-building", "guide.way.department",
                        GuideParts.words(controls, "guide.count.departments", browser.departmentCount()),
                        () -> shell.open(GuideRoutes.departments())));
        ways.prefWrapLengthProperty().bind(heading.widthProperty());
        VBox page = GuideParts.page("screen-guide", heading, searchBox, ways);
        if (!popular.isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("guide-popular");
            for (int i = 0; i < popular.size(); i++) {
                String term = popular.get(i);
                HBox chip = new HBox(GuideParts.text(term, "guide-chip-text"));
                chip.getStyleClass().add("guide-chip");
                chips.getChildren().add(GuideParts.tappable(chip, "guide-home-popular-" + i, () -> {
                    SearchViewModel.prepare(shell.session(), term);
                    shell.open(GuideRoutes.search());
                }));
            }
            VBox box = new VBox(GuideParts.words(controls, "guide.search.popular"), chips);
            box.getStyleClass().add("guide-home-popular");
            page.getChildren().add(box);
        }
        return page;
    }

    private static VBox way(Controls controls, String id, String icon, String titleKey, Label count, Runnable action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("guide-way-icon");
        Label title = GuideParts.words(controls, titleKey);
        title.getStyleClass().add("guide-way-title");
        count.getStyleClass().add("guide-way-count");
        VBox tile = new VBox(glyph, title, count);
        tile.getStyleClass().add("guide-way");
        return GuideParts.tappable(tile, id, action);
    }
}
