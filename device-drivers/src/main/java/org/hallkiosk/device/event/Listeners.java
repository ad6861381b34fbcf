package org.hallkiosk.device.event;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one device event stream. Every listener gets every event; one that throws is logged and the
 * others still get it, so a broken screen cannot deafen the rest of the kiosk.
 *
 * @param <E> the event type
 */
public final class Listeners<E> {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final String device;
    private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

    /** @param device names the stream in log lines, e.g. {@code scanner} */
    public Listeners(String device) {
        this.device = Objects.requireNonNull(device, "device");
    }

    /** Adds {@code listener} until the returned subscription is closed. */
    public Subscription add(Consumer<? super E> listener) {
        Objects.requireNonNull(listener, "listener");
        // a wrapper per subscription, so the same listener added twice is removed once per close
        Consumer<? super E> entry = listener::accept;
        listeners.add(entry);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                listeners.remove(entry);
            }
        };
    }

    /** Hands {@code event} to every listener on the calling thread; false when there was none. */
    public boolean dispatch(E event) {
        boolean any = false;
        for (Consumer<? super E> listener : listeners) {
            any = true;
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("{} listener failed on {}", device, event.getClass().getSimpleName(), e);
            }
        }
        return any;
    }

    /** How many listeners hold a subscription now. */
    public int size() {
        return listeners.size();
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
