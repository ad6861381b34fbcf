package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ID card reader driver for modules speaking the SAM protocol (GA 467 style {@code AA AA AA 96 69} frames)
 * over any {@link ByteLink}. Commands are strictly one at a time; the class is thread-safe.
 */
public final class SamIdCardReader implements IdCardReader {

    private static final Logger LOG = LoggerFactory.getLogger(SamIdCardReader.class);
    private final ByteLink link;
    private final SamReaderSettings settings;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private final byte[] readBuffer = new byte[4096];
    private final Object lock = new Object();

    public SamIdCardReader(ByteLink link, SamReaderSettings settings) {
        this.link = Objects.requireNonNull(link, "link");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The link this reader talks over. */
    public ByteLink link() {
        return link;
    }

    @Override
    public void open() throws IdCardException, LinkException {
        link.open();
        checkSam();
    }

    /** Sends 11 FF and fails unless the SAM reports OK (0x60 means its self-test failed). */
    public void checkSam() throws IdCardException, LinkException {
        expect(SamCommand.SAM_STATUS, execute(SamCommand.SAM_STATUS));
    }

    /** Sends 10 FF: resets the SAM. */
    public void resetSam() throws IdCardException, LinkException {
        expect(SamCommand.RESET_SAM, execute(SamCommand.RESET_SAM));
    }

    /** Sends 12 FF and returns the SAM's identity bytes as hex, as needed when registering a reader. */
    public String samId() throws IdCardException, LinkException {
        SamResponse response = expect(SamCommand.READ_SAM_ID, execute(SamCommand.READ_SAM_ID));
        return HexFormat.of().withUpperCase().formatHex(response.data());
    }

    @Override
    public boolean isCardPresent() throws IdCardException, LinkException {
        SamResponse response = execute(SamCommand.FIND_CARD);
        if (response.sw3() == SamStatus.CARD_FOUND.code()) {
            return true;
        }
        if (response.sw3() == SamStatus.FIND_FAILED.code()) {
            return false;
        }
        throw new ReaderStatusException(SamCommand.FIND_CARD, response.sw3());
    }

    @Override
    public IdCard readCard() throws IdCardException, LinkException {
        expect(SamCommand.SELECT_CARD, execute(SamCommand.SELECT_CARD));
        SamCommand read = settings.readFingerprint() ? SamCommand.READ_TEXT_PHOTO_FINGERPRINT : SamCommand.READ_TEXT_PHOTO;
        SamResponse response = expect(read, execute(read));
        CardReadout readout = CardReadout.parse(response.data(), settings.readFingerprint());
        IdCard card = CardTextCodec.decode(readout.text(), new WltPhoto(readout.photo()));
        LOG.info("read a card: {}", card.type()); // the type only: never a name or a number, not even masked
        return card;
    }

    @Override
    public IdCard waitForCard(Duration timeout) throws IdCardException, LinkException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (isCardPresent()) {
                return readCard();
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ReaderTimeoutException("no card placed on the reader within " + describe(timeout));
            }
            try {
                Thread.sleep(Math.max(1, Math.min(settings.pollInterval().toMillis(), remaining / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReaderTimeoutException("stopped waiting for a card");
            }
        }
    }

    /**
     * Sends one command and returns the reader's answer, whatever its SW3. A corrupt answer, a host-checksum
     * complaint (0x10) and, on reads, a failed read (0x41) are retried {@code settings.retries()} times.
     */
    public SamResponse execute(SamCommand command) throws IdCardException, LinkException {
        synchronized (lock) {
            int attempt = 0;
            while (true) {
                attempt++;
                boolean mayRetry = attempt <= settings.retries();
                SamResponse response;
                try {
                    response = exchange(command, settings.timeouts().of(command));
                } catch (SamProtocolException e) {
                    if (!mayRetry) {
                        throw e;
                    }
                    LOG.warn("{}: corrupt answer ({}), retrying", command.description(), e.getMessage());
                    continue;
                }
                if (mayRetry && isRetryable(command, response.sw3())) {
                    LOG.warn("{}: {}, retrying", command.description(), SamStatus.describe(response.sw3()));
                    continue;
                }
                return response;
            }
        }
    }

    @Override
    public void close() {
        link.close();
    }

    private static boolean isRetryable(SamCommand command, int sw3) {
        if (sw3 == SamStatus.HOST_CHECKSUM_ERROR.code()) {
            return true;
        }
        boolean read = command == SamCommand.READ_TEXT_PHOTO || command == SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
        return read && sw3 == SamStatus.READ_FAILED.code();
    }

    private SamResponse exchange(SamCommand command, Duration timeout) throws IdCardException, LinkException {
        discardStaleInput();
        link.write(command.frame());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<byte[]> body = decoder.next();
            if (body.isPresent()) {
                return SamResponse.parse(body.get());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ReaderTimeoutException("the reader did not answer '" + command.description() + "' within "
                        + describe(timeout) + (decoder.buffered() > 0 ? " (answer incomplete)" : ""));
            }
            int n = link.read(readBuffer, Duration.ofNanos(remaining));
            if (n > 0) {
                decoder.feed(readBuffer, 0, n);
            }
        }
    }

    /** Drops what an abandoned earlier exchange left behind, so it cannot be taken as this command's answer. */
    private void discardStaleInput() throws LinkException {
        decoder.reset();
        link.discardInput();
    }

    private static SamResponse expect(SamCommand command, SamResponse response) throws ReaderStatusException {
        if (response.sw3() != command.successSw3()) {
            throw new ReaderStatusException(command, response.sw3());
        }
        return response;
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
