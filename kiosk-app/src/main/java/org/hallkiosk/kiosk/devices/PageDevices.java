package org.hallkiosk.kiosk.devices;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.idcard.IdCardEvent;

/**
 * The devices one flow holds for the page on screen: {@link #need} opens the subscriptions the page declares and
 * closes the others, so leaving a page (or the flow) lets go of its devices.
 */
public final class PageDevices implements AutoCloseable {

    private final String owner;
    private final Cards cards;
    private final Consumer<IdCardEvent> onCard;
    private final Scans scans;
    private final Consumer<String> onScan;
    private final Map<DeviceNeed, Subscription> held = new EnumMap<>(DeviceNeed.class);

    /** {@code onCard} and {@code onScan} are called on device threads. */
    public PageDevices(String owner, Cards cards, Consumer<IdCardEvent> onCard, Scans scans, Consumer<String> onScan) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.onCard = Objects.requireNonNull(onCard, "onCard");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.onScan = Objects.requireNonNull(onScan, "onScan");
    }

    /** Holds exactly the devices in {@code needs}: opens the missing subscriptions and closes the rest. */
    public synchronized void need(Set<DeviceNeed> needs) {
        for (DeviceNeed n : DeviceNeed.values()) {
            boolean want = needs.contains(n);
            if (want && !held.containsKey(n)) {
                held.put(n, n == DeviceNeed.CARD ? cards.subscribe(owner, onCard) : scans.subscribe(owner, onScan));
            } else if (!want && held.containsKey(n)) {
                held.remove(n).close();
            }
        }
    }

    /** What is held now. */
    public synchronized Set<DeviceNeed> held() {
        return Set.copyOf(held.keySet());
    }

    /** Lets go of every device. */
    @Override
    public void close() {
        need(Set.of());
    }
}
