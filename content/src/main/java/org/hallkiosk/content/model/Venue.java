package org.hallkiosk.content.model;

import java.util.Optional;

/**
 * Where and when an item is handled (办理地点/时间) when it differs from what its business line and the
 * hall already say, e.g. a 婚姻登记处 in another building.
 */
public record Venue(String place, String hours) {

    /** Nothing beyond the line's windows and the hall's hours. */
    public static Venue standard() {
        return new Venue(null, null);
    }

    /** The place text, if this item names one. */
    public Optional<String> placeText() {
        return Optional.ofNullable(place);
    }

    /** The hours text, if this item has its own. */
    public Optional<String> hoursText() {
        return Optional.ofNullable(hours);
    }
}
