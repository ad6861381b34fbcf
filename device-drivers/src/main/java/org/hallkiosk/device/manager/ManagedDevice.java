package org.hallkiosk.device.manager;

import java.util.function.Consumer;

/**
 * A device the {@link DeviceManager} watches: printer, ID card reader, scanner or GPIO board. An
 * implementation wraps its driver; {@link #check()} must open the device when it is closed, so that a
 * replugged device comes back on the next check without a restart.
 */
public interface ManagedDevice extends AutoCloseable {

    /** Short name used in events and config: {@code printer}, {@code idcard}, {@code scanner}, {@code gpio}. */
    String name();

    /** Where it is attached, as a link spec. */
    String spec();

    /** Opens the device if needed and says how it is; never throws and never blocks for long. */
    DeviceState check();

    /**
     * Called once by the manager with a sink for state changes the device notices between checks
     * (a print that failed for lack of paper, a reader that stopped answering).
     */
    default void reportStateChangesTo(Consumer<DeviceState> sink) {
    }

    /** Closes the link and any in-process simulator. */
    @Override
    void close();
}
