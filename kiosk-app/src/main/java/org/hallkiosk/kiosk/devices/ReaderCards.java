package org.hallkiosk.kiosk.devices;

import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.IdCardReaderDevice;

/**
 * {@link Cards} over the device manager's reader, or none.
 *
 * <p>With a {@code sim:} reader the simulator's card is taken off when the first subscription takes the reader, so
 * that a demo shows "place your card" until its demo button places one.
 */
final class ReaderCards extends OwnedFeed<IdCardEvent> implements Cards {

    private final Optional<IdCardReaderDevice> device;

    ReaderCards(Optional<IdCardReaderDevice> device) {
        super(listener -> device.map(d -> {
            if (d.subscriberCount() == 0) {
                d.simulator().ifPresent(s -> s.removeCard());
            }
            return d.subscribe(listener);
        }).orElse(Subscription.NONE));
        this.device = Objects.requireNonNull(device, "device");
    }

    @Override
    public boolean simulated() {
        return device.flatMap(IdCardReaderDevice::simulator).isPresent();
    }

    @Override
    public void simulatePlacing(IdCard card) {
        device.flatMap(IdCardReaderDevice::simulator)
                .orElseThrow(() -> new IllegalStateException("not a simulated reader"))
                .placeCard(card);
    }
}
