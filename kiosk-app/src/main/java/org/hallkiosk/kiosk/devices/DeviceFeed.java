package org.hallkiosk.kiosk.devices;

import java.util.List;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Subscription;

/**
 * One of the kiosk's device event streams, shared by every screen that needs it: each subscriber gets every event
 * (on a device thread) until it closes its subscription.
 *
 * @param <E> the event type
 */
public interface DeviceFeed<E> {

    /** Delivers events to {@code listener}; {@code owner} names the subscriber in diagnostics (e.g. {@code queue}). */
    Subscription subscribe(String owner, Consumer<E> listener);

    /** The owners of the subscriptions open now, one entry per subscription. */
    List<String> owners();
}
