package org.hallkiosk.kiosk.queue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The queue's parts on one database, built by hand: the kiosk's ticket desk, the counter, bookings and reprints.
 * The database lives in the data directory as {@code queue.db}.
 */
public record QueueServices(QueueDatabase db, TicketDesk desk, CounterDesk counter, AppointmentBook appointments,
                            ReprintQueue reprints, QueueSettings settings) implements AutoCloseable {

    /** The file name of the queue database inside the data directory. */
    public static final String FILE = "queue.db";

    /** Opens the queue database under {@code dataDir} and builds every part on it. */
    public static QueueServices open(Path dataDir, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId) {
        QueueDatabase db = QueueDatabase.open(dataDir.resolve(FILE));
        return on(db, lines, settings, clock, kioskId);
    }

    /**
     * Builds every part on an open database; visitors' codes are keyed by {@code identity.key} beside it, and past
     * days' codes and names are erased at once.
     */
    public static QueueServices on(QueueDatabase db, LineCatalogue lines, QueueSettings settings, Clock clock, String kioskId) {
        TicketDesk desk = new TicketDesk(db, lines, settings, clock, kioskId, new SecureRandom());
        desk.forgetPastDays(); // at start: a kiosk that was off at midnight erases yesterday's codes now
        return new QueueServices(db, desk, new CounterDesk(db, lines, settings, clock), new AppointmentBook(db, desk, clock),
                new ReprintQueue(db, settings, clock), settings);
    }

    @Override
    public void close() {
        db.close();
    }
}
