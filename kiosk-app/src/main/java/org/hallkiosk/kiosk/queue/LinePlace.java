package org.hallkiosk.kiosk.queue;

import java.util.Optional;

/**
 * Where a line's windows are, from lines.yaml: the floor (negative below ground) and, if given, the zone of it.
 */
public record LinePlace(int floor, Optional<String> zone) {

    /** As the screen and the ticket say it in Chinese: 2 楼 B 区, 地下 1 层. */
    public String zh() {
        String f = floor > 0 ? floor + " 楼" : "地下 " + (-floor) + " 层";
        return zone.map(z -> f + " " + z + " 区").orElse(f);
    }

    /** In English: Floor 2, Zone B; Basement 1. */
    public String en() {
        String f = floor > 0 ? "Floor " + floor : "Basement " + (-floor);
        return zone.map(z -> f + ", Zone " + z).orElse(f);
    }

    public String text(boolean english) {
        return english ? en() : zh();
    }
}
