package org.hallkiosk.kiosk.rating;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.rating.FeedbackDesk;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingSettings;

/**
 * The kiosk's local 好差评 store: ratings and feedback in the queue database ({@code queue.db}), beside the tickets they
 * rate; call-back numbers sealed with the data directory's identity key.
 */
public record RatingStore(QueueDatabase db, RatingDesk ratings, FeedbackDesk feedback) implements AutoCloseable {

    /** Opens {@code queue.db} under {@code dataDir}. */
    public static RatingStore open(Path dataDir, QueueSettings queue, RatingSettings settings, Clock clock) {
        QueueDatabase db = QueueDatabase.open(dataDir.resolve(QueueServices.FILE));
        try {
            return on(db, IdentityKey.loadOrCreate(dataDir.resolve(IdentityKey.FILE_NAME)), queue, settings, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The desks on an open database, contacts sealed under {@code key}. */
    public static RatingStore on(QueueDatabase db, IdentityKey key, QueueSettings queue, RatingSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        ContactSeal seal = new ContactSeal(key, random);
        ServiceDay day = new ServiceDay(queue.dayStartsAt(), clock.getZone());
        return new RatingStore(db, new RatingDesk(db, settings, day, clock, seal, random), new FeedbackDesk(db, settings, day, clock, seal, random));
    }

    @Override
    public void close() {
        db.close();
    }
}
