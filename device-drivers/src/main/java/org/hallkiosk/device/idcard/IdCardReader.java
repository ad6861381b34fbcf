package org.hallkiosk.device.idcard;

import java.time.Duration;
import org.hallkiosk.device.link.LinkException;

/**
 * An ID card reader: looks for a card and reads it. One caller at a time; {@link IdCardPoller} turns it into
 * card-placed / card-removed events.
 */
public interface IdCardReader extends AutoCloseable {

    /** Opens the link and checks that the reader answers and its SAM passed its self-test. */
    void open() throws IdCardException, LinkException;

    /** Whether a card is on the reader now (one find-card command). */
    boolean isCardPresent() throws IdCardException, LinkException;

    /** Selects and reads the card found by the last {@link #isCardPresent()}. */
    IdCard readCard() throws IdCardException, LinkException;

    /**
     * Polls until a card is placed, then reads it.
     *
     * @throws ReaderTimeoutException when no card is placed within {@code timeout}
     */
    IdCard waitForCard(Duration timeout) throws IdCardException, LinkException;

    @Override
    void close();
}
