package org.hallkiosk.rating;

/**
 * The {@code rating:} section of kiosk.yaml.
 *
 * @param caseWindowDays   a case can be rated this many days after it was concluded (a ticket only on its day)
 * @param handleWithinDays a bad rating or complaint still open after this many days is flagged overdue
 * @param hotline          the hall's complaint hot line, shown on every rating and feedback screen
 */
public record RatingSettings(int caseWindowDays, int handleWithinDays, String hotline) {

    public static RatingSettings defaults() {
        return new RatingSettings(7, 15, "12345");
    }
}
