package org.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.PipeLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ID card reader that speaks the SAM protocol on a {@link ByteLink}: in-process over a {@link PipeLink}, or on
 * one end of a PTY pair. It holds one card (or none) and can inject the faults seen on real lines: noise before
 * answers, answers split into small chunks, a corrupt checksum, a failed read, a failed SAM, silence.
 *
 * <p>Card and fault settings may be changed from any thread while it serves.
 */
public final class SamReaderSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SamReaderSimulator.class);
    private static final Duration READ_SLICE = Duration.ofMillis(50);
    private static final byte[] SAM_ID = {0x05, 0x01, 0x00, 0x00, 0x20, 0x20, 0x01, 0x01, 0x00, 0x00, 0x12, 0x34,
        0x56, 0x78, (byte) 0x90, 0x12};

    private final Object stateLock = new Object();
    /** The card on the reader as a read returns it; null when there is none. */
    private CardReadout card;
    private boolean found;
    private boolean selected;
    private byte[] noise = new byte[0];
    private int chunkSize;
    private Duration chunkGap = Duration.ZERO;
    private int checksumsToCorrupt;
    private int readsToFail;
    private boolean samFailed;
    private boolean mute;
    private final List<SamCommand> received = new ArrayList<>();

    private final Object serveLock = new Object();
    private Server server;

    /** A simulator holding {@link SimulatedCards#resident()}. */
    public SamReaderSimulator() {
        placeCard(SimulatedCards.resident());
    }

    /** Puts a card on the reader (replacing any other). */
    public void placeCard(IdCard card) {
        load(CardTextCodec.encode(card), card.photo().bytes());
    }

    /**
     * Puts a card with an arbitrary 256-byte text block on the reader, e.g. one with an unknown type mark.
     */
    public void placeCardText(byte[] text) {
        if (text.length != CardTextCodec.TEXT_SIZE) {
            throw new IllegalArgumentException("card text must be " + CardTextCodec.TEXT_SIZE + " bytes");
        }
        load(text.clone(), new byte[1024]);
    }

    private void load(byte[] text, byte[] photo) {
        synchronized (stateLock) {
            card = new CardReadout(text, photo, new byte[0]);
            found = false;
            selected = false;
        }
    }

    /** Takes the card away: find answers 0x80 until a card is placed again. */
    public void removeCard() {
        synchronized (stateLock) {
            card = null;
            found = false;
            selected = false;
        }
    }

    /** Sends these bytes before every answer (empty to stop). */
    public void setNoise(byte[] bytes) {
        synchronized (stateLock) {
            noise = bytes.clone();
        }
    }

    /** Writes every answer in pieces of {@code size} bytes with {@code gap} between them ({@code size} 0 to stop). */
    public void setChunking(int size, Duration gap) {
        if (size < 0) {
            throw new IllegalArgumentException("chunk size must not be negative");
        }
        synchronized (stateLock) {
            chunkSize = size;
            chunkGap = Objects.requireNonNull(gap, "gap");
        }
    }

    /** The next answer goes out with a wrong checksum. */
    public void corruptNextChecksum() {
        synchronized (stateLock) {
            checksumsToCorrupt++;
        }
    }

    /** The next read command answers SW3 0x41 (read failed). */
    public void failNextRead() {
        synchronized (stateLock) {
            readsToFail++;
        }
    }

    /** While set, every command answers SW3 0x60 (SAM self-test failed). */
    public void setSamFailed(boolean failed) {
        synchronized (stateLock) {
            samFailed = failed;
        }
    }

    /** While set, the reader receives commands but answers nothing. */
    public void setMute(boolean silent) {
        synchronized (stateLock) {
            mute = silent;
        }
    }

    /** The commands received so far, oldest first. */
    public List<SamCommand> commandsReceived() {
        synchronized (stateLock) {
            return List.copyOf(received);
        }
    }

    /**
     * Serves the protocol on {@code deviceSide} on a background thread, replacing any link served before. The
     * link is opened here and closed when serving stops.
     */
    public void serve(ByteLink deviceSide) throws LinkException {
        deviceSide.open();
        synchronized (serveLock) {
            stopServing();
            server = new Server(deviceSide);
            server.thread.start();
        }
    }

    /**
     * Makes an in-process pipe, serves its device end and returns its host end (opened) for a driver; this is what
     * {@code sim:idcard} connects to.
     */
    public ByteLink connectInProcess(String spec) throws LinkException {
        PipeLink.Pair pair = PipeLink.pair(spec);
        serve(pair.device());
        pair.host().open();
        return pair.host();
    }

    @Override
    public void close() {
        synchronized (serveLock) {
            stopServing();
        }
    }

    private void stopServing() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private final class Server implements Runnable {
        private final ByteLink link;
        private final Thread thread;
        private volatile boolean running = true;

        Server(ByteLink link) {
            this.link = link;
            this.thread = new Thread(this, "sam-simulator");
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            SamFrameDecoder decoder = new SamFrameDecoder();
            byte[] buffer = new byte[1024];
            try {
                while (running) {
                    int n = link.read(buffer, READ_SLICE);
                    if (n <= 0) {
                        continue;
                    }
                    decoder.feed(buffer, 0, n);
                    answerAll(decoder);
                }
            } catch (LinkException e) {
                if (running) {
                    LOG.debug("SAM simulator link closed: {}", e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void answerAll(SamFrameDecoder decoder) throws LinkException, InterruptedException {
            while (true) {
                Optional<byte[]> body;
                try {
                    body = decoder.next();
                } catch (SamProtocolException e) {
                    send(SamResponse.status(e.kind() == SamProtocolException.Kind.BAD_LENGTH
                            ? SamStatus.HOST_LENGTH_ERROR.code() : SamStatus.HOST_CHECKSUM_ERROR.code()));
                    continue;
                }
                if (body.isEmpty()) {
                    return;
                }
                send(answer(body.get()));
            }
        }

        private void send(SamResponse response) throws LinkException, InterruptedException {
            byte[] frame = response.frame();
            byte[] prefix;
            int size;
            Duration gap;
            synchronized (stateLock) {
                if (mute) {
                    return;
                }
                if (checksumsToCorrupt > 0) {
                    checksumsToCorrupt--;
                    frame[frame.length - 1] ^= 0x5A;
                }
                prefix = noise;
                size = chunkSize;
                gap = chunkGap;
            }
            byte[] out = new byte[prefix.length + frame.length];
            System.arraycopy(prefix, 0, out, 0, prefix.length);
            System.arraycopy(frame, 0, out, prefix.length, frame.length);
            if (size <= 0) {
                link.write(out);
                return;
            }
            for (int offset = 0; offset < out.length; offset += size) {
                int n = Math.min(size, out.length - offset);
                byte[] chunk = new byte[n];
                System.arraycopy(out, offset, chunk, 0, n);
                link.write(chunk);
                if (!gap.isZero() && offset + n < out.length) {
                    Thread.sleep(gap.toMillis(), gap.toNanosPart() % 1_000_000);
                }
            }
        }

        void stop() {
            running = false;
            link.close();
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The reader's answer to one command frame body; reader state changes happen here. */
    private SamResponse answer(byte[] body) {
        Optional<SamCommand> parsed = SamCommand.of(body);
        synchronized (stateLock) {
            if (parsed.isEmpty()) {
                return SamResponse.status(SamStatus.COMMAND_ERROR.code());
            }
            SamCommand command = parsed.get();
            received.add(command);
            if (samFailed) {
                return SamResponse.status(SamStatus.SAM_SELF_TEST_FAILED.code());
            }
            return switch (command) {
                case SAM_STATUS -> SamResponse.status(SamStatus.OK.code());
                case RESET_SAM -> {
                    found = false;
                    selected = false;
                    yield SamResponse.status(SamStatus.OK.code());
                }
                case READ_SAM_ID -> SamResponse.of(SamStatus.OK.code(), SAM_ID);
                case FIND_CARD -> {
                    selected = false;
                    found = card != null;
                    yield found ? SamResponse.of(SamStatus.CARD_FOUND.code(), new byte[4])
                            : SamResponse.status(SamStatus.FIND_FAILED.code());
                }
                case SELECT_CARD -> {
                    selected = found;
                    yield selected ? SamResponse.of(SamStatus.OK.code(), new byte[8])
                            : SamResponse.status(SamStatus.SELECT_FAILED.code());
                }
                case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> read(command == SamCommand.READ_TEXT_PHOTO_FINGERPRINT);
            };
        }
    }

    private SamResponse read(boolean withFingerprint) {
        if (!selected || card == null) {
            return SamResponse.status(SamStatus.READ_FAILED.code());
        }
        if (readsToFail > 0) {
            readsToFail--;
            return SamResponse.status(SamStatus.READ_FAILED.code());
        }
        return SamResponse.of(SamStatus.OK.code(), card.encode(withFingerprint));
    }
}
