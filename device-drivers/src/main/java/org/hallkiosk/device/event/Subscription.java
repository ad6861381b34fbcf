package org.hallkiosk.device.event;

/** A listener's hold on a device; closing it (once or many times) removes the listener. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Holds nothing: for a device that is not fitted. */
    Subscription NONE = () -> { };

    @Override
    void close();
}
