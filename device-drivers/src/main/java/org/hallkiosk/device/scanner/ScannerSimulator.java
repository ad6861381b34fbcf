package org.hallkiosk.device.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.PipeLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial scanner that emits codes on a {@link ByteLink}: in-process over a {@link PipeLink}, or on one end of a
 * PTY pair. Each code goes out with the chosen terminator, optionally in small chunks as a slow UART delivers it.
 */
public final class ScannerSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerSimulator.class);

    /** How a code ends on the wire. {@code NONE} relies on the host's idle gap. */
    public enum Terminator {
        CR("\r"), LF("\n"), CRLF("\r\n"), NONE("");

        private final String text;

        Terminator(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Codes a hall's scanner typically reads: a receipt QR payload, a case number, a queue ticket. */
    public static final List<String> DEMO_CODES = List.of(
            "https://zwfw.example.gov.cn/progress?case=ZW2025000123&code=4821",
            "ZW2025000456",
            "A012");

    private final Object lock = new Object();
    private final Charset charset;
    private ByteLink link;
    private Terminator terminator = Terminator.CRLF;
    private int chunkSize;
    private Duration chunkGap = Duration.ZERO;
    private Thread script;

    /** A UTF-8 scanner. */
    public ScannerSimulator() {
        this(StandardCharsets.UTF_8);
    }

    public ScannerSimulator(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** Emits on {@code deviceSide} from now on (opened here; closed when the simulator closes or serves another link). */
    public void serve(ByteLink deviceSide) throws LinkException {
        deviceSide.open();
        synchronized (lock) {
            if (link != null) {
                link.close();
            }
            link = deviceSide;
        }
    }

    /** Makes an in-process pipe, emits on its device end and returns its host end (opened); what {@code sim:scanner} connects to. */
    public ByteLink connectInProcess(String spec) throws LinkException {
        PipeLink.Pair pair = PipeLink.pair(spec);
        serve(pair.device());
        pair.host().open();
        return pair.host();
    }

    /** The terminator for the following codes (CRLF by default). */
    public void setTerminator(Terminator t) {
        synchronized (lock) {
            terminator = Objects.requireNonNull(t, "terminator");
        }
    }

    /** Sends each code in pieces of {@code size} bytes with {@code gap} between them (size 0: all at once). */
    public void setChunking(int size, Duration gap) {
        if (size < 0) {
            throw new IllegalArgumentException("chunk size must not be negative");
        }
        synchronized (lock) {
            chunkSize = size;
            chunkGap = Objects.requireNonNull(gap, "gap");
        }
    }

    /** Emits one code with the current terminator. */
    public void emit(String code) throws LinkException {
        emitRaw((code + currentTerminator().text()).getBytes(charset));
    }

    /** Emits raw bytes exactly as given (for malformed or over-long input). */
    public void emitRaw(byte[] bytes) throws LinkException {
        ByteLink target;
        int size;
        Duration gap;
        synchronized (lock) {
            if (link == null) {
                throw new LinkException.Disconnected("scanner simulator is not connected");
            }
            target = link;
            size = chunkSize;
            gap = chunkGap;
        }
        if (size <= 0) {
            target.write(bytes);
            return;
        }
        for (int offset = 0; offset < bytes.length; offset += size) {
            int n = Math.min(size, bytes.length - offset);
            byte[] chunk = new byte[n];
            System.arraycopy(bytes, offset, chunk, 0, n);
            target.write(chunk);
            if (!gap.isZero() && offset + n < bytes.length) {
                try {
                    sleep(gap);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LinkException("interrupted while emitting a code", e);
                }
            }
        }
    }

    /**
     * Emits the codes one after another on a background thread, {@code interval} apart, starting after one interval;
     * as a person scanning at the kiosk would. A running script is replaced.
     */
    public void play(List<String> codes, Duration interval) {
        List<String> copy = List.copyOf(codes);
        synchronized (lock) {
            stopScript();
            script = new Thread(() -> {
                try {
                    for (String code : copy) {
                        sleep(interval);
                        emit(code);
                    }
                } catch (LinkException e) {
                    LOG.debug("scanner simulator script stopped: {}", e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "scanner-simulator");
            script.setDaemon(true);
            script.start();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            stopScript();
            if (link != null) {
                link.close();
                link = null;
            }
        }
    }

    private Terminator currentTerminator() {
        synchronized (lock) {
            return terminator;
        }
    }

    private void stopScript() {
        if (script != null) {
            script.interrupt();
            script = null;
        }
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
}
