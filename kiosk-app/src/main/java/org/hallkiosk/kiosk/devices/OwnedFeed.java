package org.hallkiosk.kiosk.devices;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hallkiosk.device.event.Subscription;

/** A {@link DeviceFeed} over a driver's own subscribe, keeping the owner of each subscription. */
class OwnedFeed<E> implements DeviceFeed<E> {

    private final Function<Consumer<E>, Subscription> attach;
    private final List<String> owners = new CopyOnWriteArrayList<>();

    /** @param attach subscribes a listener to the driver (or returns {@link Subscription#NONE} without one) */
    OwnedFeed(Function<Consumer<E>, Subscription> attach) {
        this.attach = Objects.requireNonNull(attach, "attach");
    }

    @Override
    public Subscription subscribe(String owner, Consumer<E> listener) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(listener, "listener");
        owners.add(owner);
        Subscription inner = attach.apply(listener);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                inner.close();
                owners.remove(owner);
            }
        };
    }

    @Override
    public List<String> owners() {
        return List.copyOf(owners);
    }
}
