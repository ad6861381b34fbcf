package org.hallkiosk.queue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.hallkiosk.privacy.IdentityKey;

/**
 * The queue's parts on one database, built by hand: the ticket desk, the counter, bookings, reprints and number
 * leases. A kiosk's own database lives in its data directory as {@code queue.db}; a hall server's is {@code hall.db}
 * or PostgreSQL.
 */
public record QueueServices(QueueDatabase db, TicketDesk desk, CounterDesk counter, AppointmentBook appointments,
                            ReprintQueue reprints, NumberLeases leases, QueueSettings settings) implements AutoCloseable {

    /** The file name of the queue database inside the data directory. */
    public static final String FILE = "queue.db";

    /** Opens the queue database under {@code dataDir} and builds every part on it. */
    public static QueueServices open(Path dataDir, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId) {
        QueueDatabase db = QueueDatabase.open(dataDir.resolve(FILE));
        return on(db, lines, settings, clock, kioskId);
    }

    /** Builds every part on an open SQLite database; visitors' codes are keyed by {@code identity.key} beside it. */
    public static QueueServices on(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId) {
        return on(db, lines, settings, clock, kioskId, TicketDesk.keyBeside(db));
    }

    /**
     * Builds every part on an open database, visitors' codes keyed by {@code key} (a hall server passes the hall's),
     * and erases past days' codes and names at once.
     */
    public static QueueServices on(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId,
                                   IdentityKey key) {
        SecureRandom random = new SecureRandom();
        TicketDesk desk = new TicketDesk(db, lines, settings, clock, kioskId, random, key);
        desk.forgetPastDays(); // at start: a kiosk that was off at midnight erases yesterday's codes now
        return new QueueServices(db, desk, new CounterDesk(db, lines, settings, clock), new AppointmentBook(db, desk, clock),
                new ReprintQueue(db, settings, clock), new NumberLeases(db, lines, settings, clock, random), settings);
    }

    @Override
    public void close() {
        db.close();
    }
}
