package org.hallkiosk.kiosk.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the kiosk holds about the visitor in front of it. Every flow keeps its visitor state here
 * (never in its own fields), so that {@link #wipe()} — on idle timeout or going home for good — forgets it all.
 */
public final class Session {

    /** A typed slot in the session, e.g. the card just read or the ticket just issued. */
    public record Key<T>(String name, Class<T> type) {
    }

    private final Map<Key<?>, Object> values = new ConcurrentHashMap<>();
    private final List<Runnable> wipeListeners = new CopyOnWriteArrayList<>();
    private volatile long visitor;

    public <T> void put(Key<T> key, T value) {
        values.put(key, key.type().cast(value));
    }

    public <T> Optional<T> get(Key<T> key) {
        return Optional.ofNullable(values.get(key)).map(key.type()::cast);
    }

    public void remove(Key<?> key) {
        values.remove(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Increases with every wipe: a flow can tell that the visitor it started for has gone. */
    public long visitor() {
        return visitor;
    }

    /** Called after every wipe, so views can clear what they show. */
    public void onWipe(Runnable listener) {
        wipeListeners.add(listener);
    }

    /** Forgets the visitor: every value, then tells the listeners. */
    public void wipe() {
        values.clear();
        visitor++;
        wipeListeners.forEach(Runnable::run);
    }
}
