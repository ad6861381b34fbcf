package org.hallkiosk.hall.event;

import java.util.Objects;

/**
 * One change in the hall, as the event stream sends it.
 *
 * @param id   increasing; a reconnecting client sends the last one it saw (Last-Event-ID) and gets what followed
 * @param type the SSE event name: {@code call}, {@code recall}, {@code done}, {@code no-show}, {@code transfer},
 *             {@code ticket}, {@code window}, {@code lines}, {@code snapshot}
 * @param data the event's JSON, on one line
 */
public record HallEvent(long id, String type, String data) {

    public HallEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (data.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an event's data is one line of JSON");
        }
    }
}
