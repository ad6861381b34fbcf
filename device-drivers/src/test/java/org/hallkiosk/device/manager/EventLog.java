package org.hallkiosk.device.manager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects device events and lets a test wait for one. */
final class EventLog implements Consumer<DeviceEvent> {

    private final List<DeviceEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(DeviceEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<DeviceEvent> events() {
        return List.copyOf(events);
    }

    /** Waits for an event matching {@code wanted} after index {@code from}; fails the test on timeout. */
    synchronized DeviceEvent await(int from, Predicate<DeviceEvent> wanted, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < events.size(); i++) {
                if (wanted.test(events.get(i))) {
                    return events.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no event " + what + " within " + timeout + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized int size() {
        return events.size();
    }

    static Predicate<DeviceEvent> health(String device, Health health) {
        return e -> e.device().equals(device) && e.current().health() == health;
    }
}
