package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.idcard.SimulatedCards;

/**
 * An {@link IdCardFeed} over the kiosk's card reader (the device manager's {@link IdCardReaderDevice}): the reader
 * polls only while the card page listens. Starting may open the reader, so it happens on {@code background}.
 *
 * <p>With a {@code sim:} reader the simulator's card is taken off while the page listens, so that the demo shows
 * "place your card" until its demo button places one, and put back afterwards for the admin's read test.
 */
public final class CardReaderFeed implements IdCardFeed {

    private final IdCardReaderDevice device;
    private final Executor background;
    private final Object lock = new Object();
    private Object current;

    public CardReaderFeed(IdCardReaderDevice device, Executor background) {
        this.device = Objects.requireNonNull(device, "device");
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public Listening listen(Consumer<IdCardEvent> events) {
        Object token = new Object();
        synchronized (lock) {
            current = token;
        }
        device.simulator().ifPresent(s -> s.removeCard());
        background.execute(() -> {
            if (!isCurrent(token)) {
                return; // closed before it started
            }
            if (!device.reader().link().isOpen()) {
                // Opening may take the reader's whole timeout: never while holding the lock close() needs.
                device.check(); // a failure shows up as the poller's fault event
            }
            synchronized (lock) {
                if (current == token) {
                    device.startPolling(events);
                }
            }
        });
        return () -> {
            synchronized (lock) {
                if (current != token) {
                    return;
                }
                current = null;
                device.stopPolling();
            }
            device.simulator().ifPresent(s -> s.placeCard(SimulatedCards.resident()));
        };
    }

    private boolean isCurrent(Object token) {
        synchronized (lock) {
            return current == token;
        }
    }

    @Override
    public boolean simulated() {
        return device.simulator().isPresent();
    }

    @Override
    public void simulatePlacing(IdCard card) {
        device.simulator().orElseThrow(() -> new IllegalStateException("not a simulated reader")).placeCard(card);
    }
}
