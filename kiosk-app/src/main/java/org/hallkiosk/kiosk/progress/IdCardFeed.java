package org.hallkiosk.kiosk.progress;

import java.util.function.Consumer;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;

/**
 * Card events from the ID card reader, while the 进度查询 card page listens: the reader is polled only then, so a
 * card lying on it at other times is never read.
 */
public interface IdCardFeed {

    /** No reader configured. */
    IdCardFeed NONE = new IdCardFeed() {
        @Override
        public Listening listen(Consumer<IdCardEvent> events) {
            return Listening.NONE;
        }

        @Override
        public boolean simulated() {
            return false;
        }

        @Override
        public void simulatePlacing(IdCard card) {
            throw new IllegalStateException("no simulated reader");
        }
    };

    /** Polls the reader and delivers its events to {@code events}, from any thread, until the handle is closed. */
    Listening listen(Consumer<IdCardEvent> events);

    /** True for the in-process simulated reader, on which a demo may place a card. */
    boolean simulated();

    /** Places {@code card} on the simulated reader; it is read through the reader protocol like a real one. */
    void simulatePlacing(IdCard card);
}
