package org.hallkiosk.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket a kiosk issued from its lease while the hall server was out of reach, as it hands it over afterwards.
 *
 * @param id       the ticket id the kiosk generated and printed in the QR code (day, number, random tail)
 * @param issuedAt when the visitor got it, by the kiosk's clock: its place among the others follows from this
 * @param visitor  the visitor's day hash, masked name and elder flag, when a card was read
 * @param supersedes the request id of the online request that timed out just before: if it did reach the server,
 *                   the ticket it got there is held by nobody (the visitor holds this one) and is voided
 */
public record OfflineTicket(String leaseId, String id, String number, Instant issuedAt, Optional<Visitor> visitor,
                            Optional<String> item, Optional<String> supersedes) {

    private static final Pattern ID = Pattern.compile("[0-9A-Z]{10,24}");

    public OfflineTicket {
        Objects.requireNonNull(leaseId, "leaseId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(supersedes, "supersedes");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a ticket id is 10 to 24 digits and capital letters, not '" + id + "'");
        }
    }

    /** A ticket issued offline while no online request was pending. */
    public OfflineTicket(String leaseId, String id, String number, Instant issuedAt, Optional<Visitor> visitor, Optional<String> item) {
        this(leaseId, id, number, issuedAt, visitor, item, Optional.empty());
    }
}
