package org.hallkiosk.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * A counter window now.
 *
 * @param paused  暂停: the window calls nobody until resumed
 * @param reason  why it paused, as staff gave it
 * @param current the ticket called to it and not yet finished
 */
public record WindowState(int window, boolean paused, Optional<String> reason, Optional<Ticket> current) {

    public WindowState {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(current, "current");
    }
}
