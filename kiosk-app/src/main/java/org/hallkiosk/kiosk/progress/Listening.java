package org.hallkiosk.kiosk.progress;

/** A subscription to a device feed; closing it stops the deliveries. */
@FunctionalInterface
public interface Listening extends AutoCloseable {

    /** Nothing to stop. */
    Listening NONE = () -> { };

    @Override
    void close();
}
