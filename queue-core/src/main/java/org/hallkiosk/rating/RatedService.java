package org.hallkiosk.rating;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The finished service a rating attaches to: what was done, where and by whom — never who the visitor was.
 *
 * @param ref        the ticket's id or the case number: one rating per ref
 * @param label      what the visitor and staff see: the ticket number (A007) or the case number
 * @param line       the business line's prefix, if a ticket
 * @param window     the window that finished it, 0 if unknown
 * @param item       the catalogue item's code, if known
 * @param staffId    the counter staff's id (工号) if the counter logged one in
 * @param finishedAt when the window finished it, or the case was concluded
 */
public record RatedService(SubjectKind kind, String ref, String label, Optional<String> line, int window,
                           Optional<String> item, Optional<String> staffId, Instant finishedAt) {

    public RatedService {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }
}
