package org.hallkiosk.kiosk.ui.guide;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/** A grid of themes (of 个人 or 法人) or of departments, each tile with its number of items. */
final class ChoiceListView {

    private ChoiceListView() {
    }

    static Node themes(ShellViewModel shell, Controls controls, GuideBrowser browser, Audience audience) {
        VBox heading = GuideParts.heading(
                GuideParts.words(controls, audience == Audience.PERSON ? "guide.way.person" : "guide.way.legalPerson"),
                GuideParts.words(controls, "guide.themes.subtitle"));
        return grid(shell, controls, "screen-guide-themes", heading, browser.themes(audience),
                t -> "guide-theme-" + t.code(), GuideRoutes::items);
    }

    static Node departments(ShellViewModel shell, Controls controls, GuideBrowser browser) {
        VBox heading = GuideParts.heading(GuideParts.words(controls, "guide.way.department"),
                GuideParts.words(controls, "guide.departments.subtitle"));
        return grid(shell, controls, "screen-guide-departments", heading, browser.departments(),
                d -> "guide-department-" + d.id(), GuideRoutes::items);
    }

    private static <T> Node grid(ShellViewModel shell, Controls controls, String id, VBox heading,
                                 List<GuideBrowser.Choice<T>> choices, Function<T, String> tileId, Function<T, Route> target) {
        FlowPane grid = new FlowPane();
        grid.getStyleClass().add("guide-grid");
        for (GuideBrowser.Choice<T> c : choices) {
            Label title = GuideParts.text(c.title());
            Label count = GuideParts.words(controls, "guide.count.items", c.count());
            grid.getChildren().add(GuideParts.tile(tileId.apply(c.target()), title, count,
                    () -> shell.open(target.apply(c.target()))));
        }
        return GuideParts.page(id, heading, PageScroller.wrap(grid, controls, "guide-list"));
    }
}
