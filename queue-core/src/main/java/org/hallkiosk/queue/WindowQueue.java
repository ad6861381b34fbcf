package org.hallkiosk.queue;

import java.util.List;
import java.util.Objects;

/**
 * What a window's staff see: the window, the lines it calls from, and who waits in them in calling order.
 *
 * @param waiting the waiting tickets in the order a call would take them (booking, senior, then joining order)
 */
public record WindowQueue(WindowState window, List<String> lines, List<Ticket> waiting) {

    public WindowQueue {
        Objects.requireNonNull(window, "window");
        lines = List.copyOf(lines);
        waiting = List.copyOf(waiting);
    }
}
