package org.hallkiosk.kiosk.progress;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.IdCardException;
import org.hallkiosk.device.idcard.IdCardPoller;
import org.hallkiosk.device.idcard.IdCardReader;
import org.hallkiosk.device.idcard.SamReaderSimulator;
import org.hallkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link IdCardFeed} over the device layer's reader: an {@link IdCardPoller} runs only while someone listens.
 * For a {@code sim:} spec the reader talks to an in-process {@link SamReaderSimulator}, which starts empty.
 */
public final class CardReaderFeed implements IdCardFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardReaderFeed.class);

    private final IdCardReader reader;
    private final Optional<SamReaderSimulator> simulator;
    private final Object lock = new Object();
    private boolean opened;
    private IdCardPoller poller;

    public CardReaderFeed(IdCardReader reader, Optional<SamReaderSimulator> simulator) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        simulator.ifPresent(SamReaderSimulator::removeCard);
    }

    @Override
    public Listening listen(Consumer<IdCardEvent> events) {
        synchronized (lock) {
            stopPolling();
            if (!opened) {
                try {
                    reader.open();
                    opened = true;
                } catch (IdCardException | LinkException e) {
                    LOG.warn("ID card reader cannot be opened: {}", e.getMessage());
                    events.accept(new IdCardEvent.ReaderFault(e.getMessage(), e instanceof LinkException));
                    return Listening.NONE;
                }
            }
            IdCardPoller p = IdCardPoller.withDefaults(reader, events);
            poller = p;
            p.start();
            return () -> {
                synchronized (lock) {
                    if (poller == p) {
                        stopPolling();
                        // a simulated card goes back in the demo's pocket when the page closes
                        simulator.ifPresent(SamReaderSimulator::removeCard);
                    }
                }
            };
        }
    }

    private void stopPolling() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }

    @Override
    public boolean simulated() {
        return simulator.isPresent();
    }

    @Override
    public void simulatePlacing(IdCard card) {
        simulator.orElseThrow(() -> new IllegalStateException("not a simulated reader")).placeCard(card);
    }

    @Override
    public void close() {
        synchronized (lock) {
            stopPolling();
            reader.close();
            simulator.ifPresent(SamReaderSimulator::close);
        }
    }
}
