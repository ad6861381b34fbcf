package org.hallkiosk.device.manager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the kiosk's devices, checks each on a timer (working ones every poll interval, offline ones
 * with back-off), and tells listeners whenever a device's state changes. A device that was unplugged
 * is reopened by its next check, so replugging needs no restart.
 *
 * <p>Listeners run on the manager's threads and must return quickly (the UI hands events to its own
 * thread).
 */
public final class DeviceManager implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeviceManager.class);

    private final Map<String, Watched> devices = new LinkedHashMap<>();
    private final List<Consumer<DeviceEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Duration pollInterval;
    private final Backoff backoff;
    private final Clock clock;
    private ScheduledExecutorService timer;

    /** Watches the given devices; nothing is opened until {@link #start()} or {@link #checkAll()}. */
    public DeviceManager(List<ManagedDevice> managed, Duration pollInterval, Backoff backoff, Clock clock) {
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (ManagedDevice device : managed) {
            if (devices.containsKey(device.name())) {
                throw new IllegalArgumentException("two devices named " + device.name());
            }
            Watched w = new Watched(device);
            devices.put(device.name(), w);
            device.reportStateChangesTo(state -> w.update(state));
        }
    }

    /**
     * Builds every fitted device from the settings with the given kinds.
     *
     * @throws IllegalArgumentException naming the device and the problem for bad settings; devices
     *     already built are closed first
     */
    public static DeviceManager create(DeviceSettings settings, DeviceContext context, List<DeviceKind> kinds) {
        List<ManagedDevice> made = new ArrayList<>();
        try {
            for (DeviceKind kind : kinds) {
                kind.create(settings, context).ifPresent(made::add);
            }
        } catch (RuntimeException e) {
            made.forEach(ManagedDevice::close);
            throw new IllegalArgumentException("device settings: " + e.getMessage(), e);
        }
        return new DeviceManager(made, settings.pollInterval(), settings.backoff(), Clock.systemUTC());
    }

    public void addListener(Consumer<DeviceEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<DeviceEvent> listener) {
        listeners.remove(listener);
    }

    /** Checks every device now and then keeps checking on a timer, one thread per device. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newScheduledThreadPool(Math.max(1, devices.size()), runnable -> {
            Thread t = new Thread(runnable, "device-manager");
            t.setDaemon(true);
            return t;
        });
        for (Watched w : devices.values()) {
            timer.schedule(() -> w.tick(), 0, TimeUnit.MILLISECONDS);
        }
    }

    /** Checks every device once on the calling thread (for {@code kioskctl devices status}). */
    public Map<String, DeviceState> checkAll() {
        for (Watched w : devices.values()) {
            w.checkOnce();
        }
        return states();
    }

    /** Each device's last known state, in configuration order. */
    public Map<String, DeviceState> states() {
        Map<String, DeviceState> states = new LinkedHashMap<>();
        devices.forEach((name, w) -> states.put(name, w.state()));
        return states;
    }

    public Optional<DeviceState> state(String name) {
        return Optional.ofNullable(devices.get(name)).map(Watched::state);
    }

    /** The worst health over all devices: what the status lamp shows. */
    public Health worst() {
        Health worst = Health.OK;
        for (Watched w : devices.values()) {
            worst = worst.worse(w.state().health());
        }
        return worst;
    }

    public List<ManagedDevice> devices() {
        return devices.values().stream().map(w -> w.device).toList();
    }

    /** A device by name and type, e.g. {@code device("printer", PrinterDevice.class)}. */
    public <T> Optional<T> device(String name, Class<T> type) {
        Watched w = devices.get(name);
        return w != null && type.isInstance(w.device) ? Optional.of(type.cast(w.device)) : Optional.empty();
    }

    /** Stops the timer and closes every device and simulator. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Watched w : devices.values()) {
            try {
                w.device.close();
            } catch (RuntimeException e) {
                log.warn("closing {} failed: {}", w.device.name(), e.getMessage());
            }
        }
    }

    private void publish(DeviceEvent event) {
        if (event.current().health() == Health.OK) {
            log.info("device {}", event.describe());
        } else {
            log.warn("device {}", event.describe());
        }
        for (Consumer<DeviceEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("device listener failed: {}", e.toString());
            }
        }
    }

    /** One device with its last state and failure count. */
    private final class Watched {
        final ManagedDevice device;
        private DeviceState state = DeviceState.UNKNOWN;
        private boolean checked;
        private int failures;

        Watched(ManagedDevice device) {
            this.device = device;
        }

        synchronized DeviceState state() {
            return state;
        }

        void checkOnce() {
            DeviceState now;
            try {
                now = device.check();
            } catch (RuntimeException e) {
                // a ManagedDevice must not throw; if one does, the kiosk still must not lose the manager thread
                log.error("check of {} threw", device.name(), e);
                now = new DeviceState.Offline("check failed: " + e);
            }
            update(now);
        }

        void update(DeviceState now) {
            DeviceState before;
            boolean first;
            synchronized (this) {
                before = state;
                first = !checked;
                checked = true;
                state = now;
                failures = now.health() == Health.OFFLINE ? failures + 1 : 0;
            }
            if (first || !before.equals(now)) {
                publish(new DeviceEvent(device.name(), device.spec(), before, now, clock.instant()));
            }
        }

        void tick() {
            checkOnce();
            int f;
            synchronized (this) {
                f = failures;
            }
            Duration next = f > 0 ? backoff.after(f) : pollInterval;
            ScheduledExecutorService t;
            synchronized (DeviceManager.this) {
                t = timer;
            }
            if (t != null && !t.isShutdown()) {
                try {
                    t.schedule(this::tick, next.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // the manager is closing
                }
            }
        }
    }
}
