package org.hallkiosk.kiosk.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.Theme;

/**
 * The browse side of the guide, from one catalogue snapshot: 个人办事 / 法人办事 → theme → items, or
 * 按部门 → department → items, each choice with the number of items behind it. Empty themes and departments
 * are left out: a visitor should never tap into an empty list.
 */
public final class GuideBrowser {

    /** A theme or department to choose, with how many items it leads to. */
    public record Choice<T>(T target, String title, int count) {
    }

    /** A list of items under a heading: a theme's (with its audience) or a department's. */
    public record ItemList(String title, Optional<Audience> audience, Optional<Department> department, List<ServiceItem> items) {
    }

    private final Catalogue catalogue;

    public GuideBrowser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** Items serving an audience. */
    public int count(Audience audience) {
        return catalogue.itemsFor(audience).size();
    }

    /** Departments that have at least one item. */
    public int departmentCount() {
        return departments().size();
    }

    /** The audience's themes that have items, in file order. */
    public List<Choice<Theme>> themes(Audience audience) {
        List<Choice<Theme>> out = new ArrayList<>();
        for (Theme t : catalogue.themes(audience)) {
            int n = catalogue.itemsOf(t).size();
            if (n > 0) {
                out.add(new Choice<>(t, t.name(), n));
            }
        }
        return out;
    }

    /** Departments with items, in file order, by their short name. */
    public List<Choice<Department>> departments() {
        List<Choice<Department>> out = new ArrayList<>();
        for (Department d : catalogue.departments()) {
            int n = catalogue.itemsOf(d).size();
            if (n > 0) {
                out.add(new Choice<>(d, d.shortName(), n));
            }
        }
        return out;
    }

    /** The items a {@link GuideRoutes#ITEMS} argument names, if it still names something. */
    public Optional<ItemList> items(String argument) {
        if (argument.startsWith(GuideRoutes.THEME_PREFIX)) {
            String key = argument.substring(GuideRoutes.THEME_PREFIX.length());
            return catalogue.themes().stream().filter(t -> t.key().equals(key)).findFirst()
                    .map(t -> new ItemList(t.name(), Optional.of(t.audience()), Optional.empty(), catalogue.itemsOf(t)));
        }
        if (argument.startsWith(GuideRoutes.DEPARTMENT_PREFIX)) {
            return catalogue.department(argument.substring(GuideRoutes.DEPARTMENT_PREFIX.length()))
                    .map(d -> new ItemList(d.name(), Optional.empty(), Optional.of(d), catalogue.itemsOf(d)));
        }
        return Optional.empty();
    }

    /** The audience a {@link GuideRoutes#THEMES} argument names. */
    public static Optional<Audience> audience(String argument) {
        return Audience.ofLabel(argument);
    }
}
