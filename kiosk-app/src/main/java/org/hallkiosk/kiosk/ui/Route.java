package org.hallkiosk.kiosk.ui;

/**
 * Where the visitor is: a screen and, for screens that show one thing among many, which one
 * (e.g. an item code). Routes are what 返回 walks back through.
 */
public record Route(String screen, String argument) {

    public static final String HOME = "home";
    public static final String GUIDE = "guide";
    public static final String QUEUE = "queue";
    public static final String PROGRESS = "progress";
    public static final String ADMIN_PIN = "admin-pin";
    public static final String ADMIN = "admin";

    public static Route of(String screen) {
        return new Route(screen, "");
    }

    public static Route home() {
        return of(HOME);
    }

    public boolean isHome() {
        return screen.equals(HOME);
    }

    /** The admin screen itself; the PIN pad before it is not admin (it lifts no guard). */
    public boolean isAdmin() {
        return screen.equals(ADMIN);
    }
}
