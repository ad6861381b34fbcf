package org.hallkiosk.queue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

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

    /** Builds every part on an open database. */
    public static QueueServices on(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId) {
        SecureRandom random = new SecureRandom();
        TicketDesk desk = new TicketDesk(db, lines, settings, clock, kioskId, random);
        return new QueueServices(db, desk, new CounterDesk(db, lines, settings, clock), new AppointmentBook(db, desk, clock),
                new ReprintQueue(db, settings, clock), new NumberLeases(db, lines, settings, clock, random), settings);
    }

    @Override
    public void close() {
        db.close();
    }
}
