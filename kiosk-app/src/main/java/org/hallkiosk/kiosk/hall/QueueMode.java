package org.hallkiosk.kiosk.hall;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a kiosk's queue lives ({@code queue.mode}, {@code queue.hall.*} in kiosk.yaml): its own {@code queue.db}, or
 * the hall server at {@code url}, reached with this kiosk's device {@code token}.
 *
 * @param timeout   how long one request may take before the kiosk issues offline from its leases
 * @param leaseSize numbers to lease per line at a time (the server allows at most 100)
 */
public record QueueMode(Kind kind, Optional<URI> url, String token, Duration timeout, int leaseSize) {

    /** {@code local} or {@code hall}. */
    public enum Kind { LOCAL, HALL }

    public QueueMode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(timeout, "timeout");
        if (kind == Kind.HALL && (url.isEmpty() || token.isBlank())) {
            throw new IllegalArgumentException("queue.mode: hall needs queue.hall.url and queue.hall.token");
        }
    }

    /** A kiosk.yaml that says nothing: the kiosk's own queue. */
    public static QueueMode defaults() {
        return new QueueMode(Kind.LOCAL, Optional.empty(), "", Duration.ofSeconds(3), 20);
    }

    public boolean hall() {
        return kind == Kind.HALL;
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "QueueMode[" + kind + url.map(u -> ", " + u).orElse("") + "]";
    }
}
