package org.hallkiosk.kiosk.ui.guide;

import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.Theme;
import org.hallkiosk.kiosk.ui.Route;

/**
 * The guide's screens beyond its start ({@link Route#GUIDE}) and the arguments they take. Arguments are keys
 * into the catalogue, never objects, so that a route stays valid across a content reload or says plainly that
 * its item has gone.
 */
public final class GuideRoutes {

    /** Theme classes of one audience; argument 个人 or 法人. */
    public static final String THEMES = "guide-themes";
    /** The departments stationed in the hall. */
    public static final String DEPARTMENTS = "guide-departments";
    /** Items of a theme ({@code theme:个人/户籍办理}) or of a department ({@code department:scjg}). */
    public static final String ITEMS = "guide-items";
    /** The search screen with its on-screen keyboard. */
    public static final String SEARCH = "guide-search";
    /** One item's guide; argument the item code. */
    public static final String ITEM = "guide-item";
    /** The large QR code to take an item away on a phone; argument the item code. */
    public static final String QR = "guide-qr";

    static final String THEME_PREFIX = "theme:";
    static final String DEPARTMENT_PREFIX = "department:";

    private GuideRoutes() {
    }

    public static Route themes(Audience audience) {
        return new Route(THEMES, audience.label());
    }

    public static Route departments() {
        return Route.of(DEPARTMENTS);
    }

    public static Route items(Theme theme) {
        return new Route(ITEMS, THEME_PREFIX + theme.key());
    }

    public static Route items(Department department) {
        return new Route(ITEMS, DEPARTMENT_PREFIX + department.id());
    }

    public static Route search() {
        return Route.of(SEARCH);
    }

    public static Route item(String code) {
        return new Route(ITEM, code);
    }

    public static Route qr(String code) {
        return new Route(QR, code);
    }
}
