package org.hallkiosk.kiosk.ui.guide;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.ui.Controls;

/**
 * Long content for touch: it moves by dragging, or a screenful at a time with two big 上一页 / 下一页 buttons
 * beside it and "第 2 / 5 页" between them. There is no scroll bar: a thin bar is the one control on a kiosk
 * that an old finger cannot hit.
 */
final class PageScroller {

    /** A screenful minus this much of the last one stays in view, so the reader keeps their place. */
    private static final double OVERLAP = 0.12;

    private PageScroller() {
    }

    /** {@code content} in a pager; the buttons are {@code #<id>-up} and {@code #<id>-down}, the pane {@code #<id>}. */
    static Node wrap(Node content, Controls controls, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.getStyleClass().add("guide-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        var viewport = Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty());
        var contentHeight = Bindings.createDoubleBinding(() -> content.getLayoutBounds().getHeight(), content.layoutBoundsProperty());
        BooleanBinding fits = Bindings.createBooleanBinding(() -> contentHeight.get() <= viewport.get() + 1, contentHeight, viewport);
        IntegerBinding pages = Bindings.createIntegerBinding(() -> {
            double v = viewport.get();
            double step = v * (1 - OVERLAP);
            return v <= 0 || fits.get() ? 1 : 1 + (int) Math.ceil((contentHeight.get() - v) / step - 0.01);
        }, contentHeight, viewport, fits);
        IntegerBinding page = Bindings.createIntegerBinding(() -> {
            double v = viewport.get();
            double scrollable = contentHeight.get() - v;
            if (scrollable <= 0 || v <= 0) {
                return 1;
            }
            double top = scroll.getVvalue() * scrollable;
            return scroll.getVvalue() >= 0.999 ? pages.get() : Math.min(pages.get(), 1 + (int) Math.round(top / (v * (1 - OVERLAP))));
        }, scroll.vvalueProperty(), contentHeight, viewport, pages);

        Button up = controls.button(id + "-up", "guide.page.up", "mdi2c-chevron-up", () -> move(scroll, content, -1));
        Button down = controls.button(id + "-down", "guide.page.down", "mdi2c-chevron-down", () -> move(scroll, content, 1));
        for (Button b : new Button[] {up, down}) {
            b.getStyleClass().add("guide-page-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        up.disableProperty().bind(fits.or(scroll.vvalueProperty().lessThanOrEqualTo(0.001)));
        down.disableProperty().bind(fits.or(scroll.vvalueProperty().greaterThanOrEqualTo(0.999)));
        Label where = new Label();
        where.setId(id + "-page");
        where.getStyleClass().add("guide-page-number");
        where.textProperty().bind(Bindings.createStringBinding(
                () -> controls.i18n().get("guide.page.of", page.get(), pages.get()),
                page, pages, controls.i18n().localeProperty()));
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox pager = new VBox(up, gap, where, down);
        pager.getStyleClass().add("guide-pager");
        pager.setMinWidth(Region.USE_PREF_SIZE);
        // the column keeps its place when everything fits, so nothing jumps as content changes
        pager.visibleProperty().bind(fits.not());
        HBox box = new HBox(scroll, pager);
        box.getStyleClass().add("guide-scroller");
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Blocks a page turn never cuts through when it can help it: rows, tiles, materials, steps, list lines. */
    private static final String[] BLOCKS = {".guide-row", ".guide-tile", ".guide-material", ".guide-step",
        ".guide-list-entry", ".guide-section-title", ".guide-glance", ".guide-chip"};

    /**
     * Turns a page. Down: the first block not wholly in view comes to the top, so no line is cut in half and
     * none is skipped. Up: the view goes back a screenful, starting at a block's top. Content without blocks
     * moves by {@link #OVERLAP} less than a screenful.
     */
    static void move(ScrollPane scroll, Node content, int direction) {
        double v = scroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - v;
        if (scrollable <= 0 || v <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double target = direction > 0 ? top + v * (1 - OVERLAP) : top - v * (1 - OVERLAP);
        double best = Double.NaN;
        for (String selector : BLOCKS) {
            for (Node n : content.lookupAll(selector)) {
                if (!n.isVisible()) {
                    continue;
                }
                Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                if (direction > 0) {
                    boolean cut = b.getMaxY() > top + v + 1;
                    if (cut && b.getMinY() > top + 1 && (Double.isNaN(best) || b.getMinY() < best)) {
                        best = b.getMinY();
                    }
                } else {
                    boolean above = b.getMinY() < top - 1 && b.getMinY() >= top - v - 1;
                    if (above && (Double.isNaN(best) || b.getMinY() < best)) {
                        best = b.getMinY();
                    }
                }
            }
        }
        if (!Double.isNaN(best)) {
            target = direction > 0 ? Math.min(best, top + v) : best;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }
}
