package org.hallkiosk.kiosk.ui.guide;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/** The items of one theme or department: a row per item with its department and one-line summary. */
final class ItemListView {

    private ItemListView() {
    }

    static Node create(ShellViewModel shell, Controls controls, GuideBrowser browser, GuideBrowser.ItemList list) {
        int n = list.items().size();
        Label subtitle = list.audience()
                .map(a -> GuideParts.words(controls, a == Audience.PERSON ? "guide.items.person" : "guide.items.legalPerson", n))
                .orElseGet(() -> GuideParts.words(controls, "guide.items.department", n,
                        list.department().flatMap(d -> d.placeText()).orElse("")));
        VBox heading = GuideParts.heading(GuideParts.text(list.title()), subtitle);
        VBox rows = new VBox();
        rows.getStyleClass().add("guide-rows");
        Catalogue catalogue = browser.catalogue();
        for (ServiceItem item : list.items()) {
            rows.getChildren().add(itemRow(shell, catalogue, item));
        }
        return GuideParts.page("screen-guide-items", heading, PageScroller.wrap(rows, controls, "guide-list"));
    }

    /** One item as a row: name, then department and summary. */
    static Node itemRow(ShellViewModel shell, Catalogue catalogue, ServiceItem item) {
        String detail = catalogue.departmentOf(item).shortName() + item.summaryText().map(s -> " · " + s).orElse("");
        return GuideParts.row("guide-item-" + item.code(), GuideParts.text(item.name()), GuideParts.text(detail),
                () -> shell.open(GuideRoutes.item(item.code())));
    }
}
