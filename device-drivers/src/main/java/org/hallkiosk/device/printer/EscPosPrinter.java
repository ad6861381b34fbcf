package org.hallkiosk.device.printer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS printer on a {@link ByteLink}. Each print checks status first (a printer without paper
 * is not sent anything), sends the receipt in chunks, and checks status again, so a receipt that
 * ran out of paper half-way is reported as failed rather than silently lost.
 */
public final class EscPosPrinter implements ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);
    /** Small enough that a pulled cable is noticed mid-receipt, large enough to keep syscalls few. */
    private static final int CHUNK = 1024;
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofMillis(800);
    /** Silence that shows a printer has answered everything it was going to. */
    private static final Duration QUIET = Duration.ofMillis(30);

    private final ByteLink link;
    private final EscPosEncoder encoder;
    private final Duration statusTimeout;
    private final Object lock = new Object();

    public EscPosPrinter(ByteLink link, EscPosEncoder encoder, Duration statusTimeout) {
        this.link = Objects.requireNonNull(link, "link");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.statusTimeout = Objects.requireNonNull(statusTimeout, "statusTimeout");
    }

    public EscPosPrinter(ByteLink link, EscPosEncoder encoder) {
        this(link, encoder, DEFAULT_STATUS_TIMEOUT);
    }

    @Override
    public String spec() {
        return link.spec();
    }

    public PrinterSettings settings() {
        return encoder.settings();
    }

    @Override
    public PrintResult print(Receipt receipt) {
        byte[] bytes;
        try {
            bytes = encoder.encode(receipt);
        } catch (ReceiptException e) {
            return new PrintResult.Failed(PrintFailure.UNPRINTABLE, e.getMessage());
        }
        synchronized (lock) {
            List<PrintWarning> warnings = new ArrayList<>();
            StatusReading before = readStatusLocked(false);
            Optional<PrintResult.Failed> refused = refusal(before, "", warnings);
            if (refused.isPresent()) {
                return refused.get();
            }
            int sent = 0;
            try {
                while (sent < bytes.length) {
                    int n = Math.min(CHUNK, bytes.length - sent);
                    byte[] chunk = new byte[n];
                    System.arraycopy(bytes, sent, chunk, 0, n);
                    link.write(chunk);
                    sent += n;
                }
                link.drain();
            } catch (LinkException.Disconnected e) {
                log.warn("printer {} disconnected after {} of {} bytes: {}", link.spec(), sent, bytes.length, e.getMessage());
                return new PrintResult.Failed(PrintFailure.DISCONNECTED,
                        "link lost after " + sent + " of " + bytes.length + " bytes: " + e.getMessage());
            } catch (LinkException e) {
                return new PrintResult.Failed(PrintFailure.STALLED, e.getMessage());
            }
            List<PrintWarning> afterWarnings = new ArrayList<>();
            StatusReading after = readStatusLocked(true);
            Optional<PrintResult.Failed> broken = refusal(after, "the receipt may be incomplete", afterWarnings);
            if (broken.isPresent()) {
                return broken.get();
            }
            for (PrintWarning w : afterWarnings) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            return new PrintResult.Printed(bytes.length, warnings);
        }
    }

    @Override
    public StatusReading readStatus() {
        synchronized (lock) {
            return readStatusLocked(false);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            link.close();
        }
    }

    private Optional<PrintResult.Failed> refusal(StatusReading reading, String suffix, List<PrintWarning> warnings) {
        String tail = suffix.isEmpty() ? "" : "; " + suffix;
        if (reading instanceof StatusReading.Answered answered) {
            PrinterStatus status = answered.status();
            Optional<PrintFailure> failure = status.blockingFailure();
            if (failure.isPresent()) {
                return Optional.of(new PrintResult.Failed(failure.get(), "printer reports " + failure.get().en() + tail));
            }
            warnings.addAll(status.warnings());
            return Optional.empty();
        } else if (reading instanceof StatusReading.NoAnswer none) {
            return Optional.of(new PrintResult.Failed(PrintFailure.NO_ANSWER,
                    "no status reply within " + none.waited().toMillis() + " ms (" + none.detail() + ")" + tail));
        } else if (reading instanceof StatusReading.LinkDown down) {
            return Optional.of(new PrintResult.Failed(PrintFailure.DISCONNECTED, down.why() + tail));
        }
        warnings.add(PrintWarning.STATUS_UNKNOWN);
        return Optional.empty();
    }

    /**
     * @param afterData true right after a receipt went out: the printer may still be answering
     *     {@code 10 04 n} sequences that happened to sit in image data, so wait for the line to go quiet
     */
    private StatusReading readStatusLocked(boolean afterData) {
        try {
            if (!link.isOpen()) {
                link.open();
            }
        } catch (LinkException e) {
            return new StatusReading.LinkDown(e.getMessage());
        }
        if (!link.canRead()) {
            return new StatusReading.NotReadable(link.spec() + " is write-only");
        }
        if (!encoder.settings().profile().statusSupported()) {
            return new StatusReading.NotReadable("profile " + encoder.settings().profile().name() + " has no status replies");
        }
        try {
            // Raster data can contain 10 04 n by chance, and the printer answers it; drop such stale replies.
            if (afterData) {
                awaitQuietLine();
            }
            link.discardInput();
            int printer = query(1);
            if (printer < 0) {
                return new StatusReading.NoAnswer(statusTimeout, "DLE EOT 1 unanswered");
            }
            int offline = DleEot.NOTHING_SET;
            int error = DleEot.NOTHING_SET;
            if (DleEot.printerIsOffline(printer)) {
                offline = query(2);
                if (offline < 0) {
                    return new StatusReading.NoAnswer(statusTimeout, "DLE EOT 2 unanswered");
                }
                if (DleEot.offlineCauseHasError(offline)) {
                    error = query(3);
                    if (error < 0) {
                        return new StatusReading.NoAnswer(statusTimeout, "DLE EOT 3 unanswered");
                    }
                }
            }
            int paper = query(4);
            if (paper < 0) {
                return new StatusReading.NoAnswer(statusTimeout, "DLE EOT 4 unanswered");
            }
            return new StatusReading.Answered(DleEot.decode(printer, offline, error, paper));
        } catch (LinkException.Disconnected e) {
            return new StatusReading.LinkDown(e.getMessage());
        } catch (LinkException e) {
            return new StatusReading.NoAnswer(statusTimeout, e.getMessage());
        } catch (StatusReplyException e) {
            return new StatusReading.NoAnswer(statusTimeout, e.getMessage());
        }
    }

    private void awaitQuietLine() throws LinkException {
        byte[] scratch = new byte[256];
        long deadline = System.nanoTime() + statusTimeout.toNanos();
        while (System.nanoTime() < deadline && link.read(scratch, QUIET) > 0) {
            // stale replies to status sequences inside the receipt data: dropped
        }
    }

    /** Sends DLE EOT n and returns the first byte that is a valid reply, or -1 on timeout. */
    private int query(int n) throws LinkException {
        link.write(DleEot.request(n));
        byte[] one = new byte[1];
        long deadline = System.nanoTime() + statusTimeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            int got = link.read(one, Duration.ofNanos(left));
            if (got == 1) {
                int b = one[0] & 0xFF;
                if (DleEot.isReply(b)) {
                    return b;
                }
                log.debug("ignoring stray byte 0x{} while waiting for DLE EOT {} reply", Integer.toHexString(b), n);
            }
        }
    }
}
