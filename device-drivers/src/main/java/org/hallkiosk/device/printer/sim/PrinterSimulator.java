package org.hallkiosk.device.printer.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.imageio.ImageIO;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.PipeLink;
import org.hallkiosk.device.link.SimulatorRegistry;
import org.hallkiosk.device.printer.DleEot;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.PrinterStatus;
import org.hallkiosk.device.printer.ReceiptFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated ESC/POS receipt printer: reads a {@link ByteLink} (an in-process pipe, or the device
 * end of a PTY pair), draws what it receives on a paper roll, writes each cut-off receipt as a PNG
 * if given a directory, and answers DLE EOT according to its {@link Condition}.
 */
public final class PrinterSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PrinterSimulator.class);
    /** About 50 receipts; at two bits a dot that is under 6 MB on 80 mm paper. */
    private static final int MAX_PAPER_ROWS = 40_000;

    /** The state the simulated mechanism is in. */
    public enum Condition {
        READY,
        PAPER_NEAR_END,
        PAPER_OUT,
        COVER_OPEN,
        /** Switched off or hung: answers nothing and prints nothing. */
        OFFLINE
    }

    private final Paper paper;
    private final EscPosInterpreter interpreter;
    private final Object lock = new Object();
    private volatile Condition condition = Condition.READY;
    private volatile int bytesPerSecond;
    private volatile Path outputDir;
    private volatile ByteLink link;
    private volatile boolean closed;
    private Thread reader;
    private Thread printer;
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private final RealTimeScanner realTime = new RealTimeScanner();
    private long bytesReceived;
    private int ticketsWritten;
    private Path lastTicket;

    /** A printer {@code dotsPerLine} wide drawing with the given font. */
    public PrinterSimulator(int dotsPerLine, ReceiptFont font) {
        this.paper = new Paper(dotsPerLine, MAX_PAPER_ROWS);
        this.interpreter = new EscPosInterpreter(paper, Objects.requireNonNull(font, "font"), this::canPrint, this::ticketCut);
    }

    /** A printer as wide as the configured paper and profile. */
    public static PrinterSimulator forSettings(PrinterSettings settings, ReceiptFont font) {
        return new PrinterSimulator(settings.dotsPerLine(), font);
    }

    /** Renders a captured ESC/POS stream to an image, as {@code kioskctl devices render} does. */
    public static BufferedImage render(byte[] stream, int dotsPerLine, ReceiptFont font) {
        PrinterSimulator sim = new PrinterSimulator(dotsPerLine, font);
        sim.accept(stream);
        sim.finish();
        return sim.paperImage();
    }

    public void setCondition(Condition newCondition) {
        condition = Objects.requireNonNull(newCondition, "condition");
        log.info("simulated printer now {}", newCondition);
    }

    public Condition condition() {
        return condition;
    }

    /** Consume at most this many bytes per second (0 = as fast as they come), as a slow serial line would. */
    public void setLineSpeed(int newBytesPerSecond) {
        bytesPerSecond = Math.max(0, newBytesPerSecond);
    }

    /** Write each cut-off receipt to {@code dir/receipt-NNNN.png}. */
    public void writeReceiptsTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        outputDir = dir;
    }

    /**
     * Starts reading {@code deviceSide} on a background thread. If the link drops (PTY killed, pipe
     * unplugged) the simulator keeps trying to reopen it, like a printer that stays switched on.
     */
    public void attach(ByteLink deviceSide) {
        Objects.requireNonNull(deviceSide, "deviceSide");
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("simulator closed");
            }
            ByteLink previous = link;
            link = deviceSide;
            if (previous != null && previous != deviceSide) {
                previous.close();
            }
            if (reader == null) {
                reader = new Thread(this::readLoop, "printer-sim-receive");
                reader.setDaemon(true);
                reader.start();
                printer = new Thread(this::printLoop, "printer-sim-print");
                printer.setDaemon(true);
                printer.start();
            }
        }
    }

    /** A plug for {@link SimulatorRegistry}: each connect makes a new pipe whose device end this simulator reads. */
    public SimulatorRegistry.Plug plug(String name) {
        return () -> {
            PipeLink.Pair pair = PipeLink.pair("sim:" + name);
            attach(pair.device());
            return pair.host();
        };
    }

    /** Interprets bytes directly, without a link (replies are dropped). */
    public void accept(byte[] bytes) {
        synchronized (lock) {
            bytesReceived += bytes.length;
            if (!canPrint()) {
                interpreter.countDropped(bytes.length);
            }
            interpreter.feed(bytes, 0, bytes.length);
        }
    }

    /** Prints what is left in the line buffer, as at the end of a captured stream. */
    public void finish() {
        synchronized (lock) {
            interpreter.finish();
        }
    }

    /** The whole paper roll so far. */
    public BufferedImage paperImage() {
        synchronized (lock) {
            return paper.image();
        }
    }

    public void writePaperPng(Path file) throws IOException {
        BufferedImage image = paperImage();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    public long bytesReceived() {
        synchronized (lock) {
            return bytesReceived;
        }
    }

    /** Text lines printed so far, in order (for tests and diagnostics). */
    public List<String> textLines() {
        synchronized (lock) {
            return interpreter.textLines();
        }
    }

    public List<String> qrPayloads() {
        synchronized (lock) {
            return interpreter.qrPayloads();
        }
    }

    public List<String> barcodes() {
        synchronized (lock) {
            return interpreter.barcodes();
        }
    }

    public int cuts() {
        synchronized (lock) {
            return interpreter.cuts();
        }
    }

    public int rasterImages() {
        synchronized (lock) {
            return interpreter.rasters();
        }
    }

    /** Bytes received while the printer could not print. */
    public long droppedBytes() {
        synchronized (lock) {
            return interpreter.dropped();
        }
    }

    /** Commands the simulator skipped or could not draw. */
    public List<String> warnings() {
        synchronized (lock) {
            return interpreter.warnings();
        }
    }

    /** The PNG of the most recent cut-off receipt, if receipts are being written. */
    public Optional<Path> lastReceiptPng() {
        synchronized (lock) {
            return Optional.ofNullable(lastTicket);
        }
    }

    /** Waits until at least {@code cuts} receipts have been cut; true if they were in time. */
    public boolean awaitCuts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cuts() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** The status a real printer in this condition would report. */
    public PrinterStatus status() {
        return switch (condition) {
            case READY -> PrinterStatus.READY;
            case PAPER_NEAR_END -> new PrinterStatus(true, false, true, false, false, false, false);
            case PAPER_OUT -> new PrinterStatus(false, false, true, true, false, false, false);
            case COVER_OPEN -> new PrinterStatus(false, true, false, false, false, false, false);
            case OFFLINE -> new PrinterStatus(false, false, false, false, false, false, false);
        };
    }

    @Override
    public void close() {
        List<Thread> threads = new java.util.ArrayList<>();
        synchronized (lock) {
            closed = true;
            if (reader != null) {
                threads.add(reader);
                threads.add(printer);
            }
            reader = null;
            printer = null;
            if (link != null) {
                link.close();
            }
        }
        for (Thread t : threads) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean canPrint() {
        Condition c = condition;
        return c == Condition.READY || c == Condition.PAPER_NEAR_END;
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        while (!closed) {
            ByteLink current = link;
            try {
                if (!current.isOpen()) {
                    current.open();
                }
                int bps = bytesPerSecond;
                // when pacing, read small chunks so the sender feels back-pressure as from a slow line
                byte[] chunk = bps > 0 ? new byte[Math.max(1, Math.min(buffer.length, bps / 20))] : buffer;
                int n = current.read(chunk, Duration.ofMillis(100));
                if (n > 0) {
                    byte[] got = Arrays.copyOf(chunk, n);
                    realTime.scan(got, current);
                    received.add(got);
                    pace(n);
                }
            } catch (LinkException.Disconnected e) {
                sleepQuietly(100);
            } catch (LinkException e) {
                log.warn("simulated printer link error: {}", e.getMessage());
                sleepQuietly(100);
            }
        }
    }

    /** Prints in arrival order, behind the receiver, as a printer works through its input buffer. */
    private void printLoop() {
        while (!closed) {
            try {
                accept(received.take());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("simulated printer failed on input: {}", e.toString());
            }
        }
    }

    private void pace(int n) {
        int bps = bytesPerSecond;
        if (bps > 0) {
            sleepQuietly(Math.max(1, n * 1000L / bps));
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Answers {@code DLE EOT n} the moment it arrives, ahead of the data still waiting to print, as real
     * printers do; that includes a {@code 10 04 n} that happens to sit inside image data.
     */
    private final class RealTimeScanner {
        private int before;
        private int last;

        void scan(byte[] bytes, ByteLink replyTo) {
            for (byte value : bytes) {
                int b = value & 0xFF;
                if (before == 0x10 && last == 0x04 && b >= 1 && b <= 4 && condition != Condition.OFFLINE) {
                    try {
                        replyTo.write(new byte[] {DleEot.encode(status())[b - 1]});
                    } catch (LinkException e) {
                        log.debug("simulated printer could not answer: {}", e.getMessage());
                    }
                }
                before = last;
                last = b;
            }
        }
    }

    private void ticketCut(BufferedImage piece) {
        Path dir = outputDir;
        if (dir == null) {
            return;
        }
        ticketsWritten++;
        Path file = dir.resolve(String.format("receipt-%04d.png", ticketsWritten));
        try {
            ImageIO.write(piece, "png", file.toFile());
            lastTicket = file;
        } catch (IOException e) {
            log.warn("cannot write {}: {}", file, e.getMessage());
        }
    }

}
