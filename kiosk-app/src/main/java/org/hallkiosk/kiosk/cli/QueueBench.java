package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hallkiosk.device.printer.Bitmap;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.print.ticket.TicketLayout;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketDesk;
import org.hallkiosk.queue.TicketState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl queue bench}: durable issues per second on this machine's disk, beside baselines measured in the
 * same run, and the ticket's bytes on the wire beside the same ticket as a raster image. Not part of the build.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ticket issuing on SQLite: durable (WAL, synchronous=FULL, one connection) against two",
            "baselines interleaved with it in blocks of 100 — synchronous=NORMAL (no fsync per ticket), FULL with a new",
            "connection per ticket, and a one-row durable INSERT (what the disk allows SQLite) — and the standard ticket's",
            "bytes against the same ticket as a raster image. Target: >= 300 durable issues/s. The databases are made in a",
            "scratch directory on the disk being measured, then deleted."})
final class QueueBench implements Callable<Integer> {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant MORNING = Instant.parse("2026-11-27T01:30:00Z");

    @Option(names = "--tickets", defaultValue = "3000", paramLabel = "N",
            description = "Tickets per variant (100-9000, default ${DEFAULT-VALUE}); the new-connection baseline takes a quarter.")
    int tickets;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to make the scratch databases (default: the data directory, i.e. the kiosk's disk).")
    Path dir;

    @Spec
    CommandSpec spec;

    /** One measured run. */
    record Result(String name, int tickets, double seconds, double p50Millis, double p99Millis) {
        double perSecond() {
            return tickets / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (tickets < 100 || tickets > 9000) {
            throw new CommandFailure("--tickets must be 100 to 9000 (one line's numbers for a day)");
        }
        Path base = dir != null ? dir : KioskCtl.of(spec).dataDirectory().root();
        Files.createDirectories(base);
        Path scratch = Files.createTempDirectory(base, "queue-bench-");
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println("queue bench: " + tickets + " tickets per variant, interleaved in blocks of 100; databases in " + scratch + " ("
                    + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + Runtime.version() + ")");
            // Interleaved in blocks, so that every variant meets the same disk: on a shared machine fsync latency
            // changes from one second to the next, and runs one after another would compare different disks.
            List<Variant> variants = List.of(
                    new Variant("durable: FULL, one connection", desk(scratch.resolve("full.db"), QueueDatabase.Durability.FULL, false), 1),
                    new Variant("baseline: NORMAL (no fsync per ticket)", desk(scratch.resolve("normal.db"), QueueDatabase.Durability.NORMAL, false), 1),
                    new Variant("baseline: FULL, new connection per ticket", desk(scratch.resolve("reopen.db"), QueueDatabase.Durability.FULL, true), 4),
                    new Variant("floor: one-row INSERT, FULL, one connection", oneRow(scratch.resolve("row.db")), 1));
            for (Variant v : variants) {
                v.measure(Math.min(200, tickets / 10)); // warm-up, not recorded
                v.reset();
            }
            int block = 100;
            for (int done = 0; done < tickets; done += block) {
                for (Variant v : variants) {
                    v.measure(Math.max(1, Math.min(block, tickets - done) / v.share()));
                }
            }
            List<Result> results = new java.util.ArrayList<>();
            for (Variant v : variants) {
                results.add(v.result());
                v.close();
            }
            out.printf("%-42s %8s %10s %9s %9s%n", "run", "tickets", "issues/s", "p50 ms", "p99 ms");
            for (Result r : results) {
                out.printf("%-42s %8d %10.0f %9.2f %9.2f%n", r.name(), r.tickets(), r.perSecond(), r.p50Millis(), r.p99Millis());
            }
            Result durable = results.get(0);
            double floor = syncMillis(scratch.resolve("sync.bin"));
            out.printf("disk floor here: one 32 KB overwrite + fdatasync takes %.2f ms, so at most %.0f durable commits/s%n",
                    floor, 1000 / floor);
            out.printf("durable issuing %s the 300/s target; fsync per ticket costs %.1fx against NORMAL;"
                            + " the desk reaches %.0f%% of a one-row durable INSERT on this disk%n",
                    durable.perSecond() >= 300 ? "meets" : "MISSES", results.get(1).perSecond() / durable.perSecond(),
                    100 * durable.perSecond() / results.get(3).perSecond());
            ticketBytes(out);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One way of issuing, measured in blocks; its database stays open between blocks. */
    private static final class Variant implements AutoCloseable {
        private final String name;
        private final Issuer issuer;
        private final int share;
        private final List<Long> nanos = new java.util.ArrayList<>();
        private long total;

        Variant(String name, Issuer issuer, int share) {
            this.name = name;
            this.issuer = issuer;
            this.share = share;
        }

        int share() {
            return share;
        }

        void measure(int n) {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                issuer.issueOne();
                long took = System.nanoTime() - t0;
                nanos.add(took);
                total += took;
            }
        }

        void reset() {
            nanos.clear();
            total = 0;
        }

        Result result() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            return new Result(name, n, total / 1e9, sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6);
        }

        @Override
        public void close() {
            issuer.close();
        }
    }

    /** Issues one ticket (or writes one row), as the variant says. */
    private interface Issuer extends AutoCloseable {
        void issueOne();

        @Override
        void close();
    }

    private static Issuer desk(Path file, QueueDatabase.Durability durability, boolean reopen) {
        AdjustableClock clock = new AdjustableClock(MORNING, HALL);
        QueueLine line = new QueueLine("A", "综合受理", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 0, 1, 0);
        LineCatalogue lines = new FixedLineCatalogue(List.of(line), List.of(new OpenPeriod(LocalTime.of(8, 0), LocalTime.of(23, 0))), true);
        QueueSettings settings = QueueSettings.defaults();
        SecureRandom random = new SecureRandom();
        QueueDatabase shared = QueueDatabase.open(file, durability);
        IdentityKey key = IdentityKey.loadOrCreate(file.resolveSibling(IdentityKey.FILE_NAME)); // read once, not per issue
        TicketDesk sharedDesk = new TicketDesk(shared, lines, settings, clock, "bench", random, key);
        if (reopen) {
            shared.close();
        }
        return new Issuer() {
            @Override
            public void issueOne() {
                if (!reopen) {
                    check(sharedDesk.issueFor("A", Optional.empty()));
                    return;
                }
                try (QueueDatabase db = QueueDatabase.open(file, durability)) {
                    check(new TicketDesk(db, lines, settings, clock, "bench", random, key).issueFor("A", Optional.empty()));
                }
            }

            @Override
            public void close() {
                if (!reopen) {
                    shared.close();
                }
            }
        };
    }

    private static void check(IssueResult r) {
        if (!(r instanceof IssueResult.Issued)) {
            throw new CommandFailure("bench ticket refused: " + r);
        }
    }

    /**
     * The least a durable SQLite transaction costs here: one small row into a table without indexes, same connection
     * settings. How far the ticket desk is from it is the price of its rules, indexes and place-in-line queries.
     */
    private static Issuer oneRow(Path file) {
        QueueDatabase db = QueueDatabase.open(file, QueueDatabase.Durability.FULL);
        db.write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE TABLE bench_row (id INTEGER NOT NULL, note VARCHAR(20) NOT NULL)");
            }
            return null;
        });
        int[] next = {0};
        return new Issuer() {
            @Override
            public void issueOne() {
                int id = next[0]++;
                db.write(c -> {
                    try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO bench_row (id, note) VALUES (?, ?)")) {
                        p.setInt(1, id);
                        p.setString(2, "A" + id);
                        return p.executeUpdate();
                    }
                });
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    /**
     * What the disk allows: a durable ticket needs at least one fdatasync of the write-ahead log, whatever the SQL.
     * Measured as SQLite's steady state does it, overwriting a preallocated region.
     */
    private static double syncMillis(Path file) throws IOException {
        int n = 200;
        java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(32 * 1024);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            for (int i = 0; i < 8; i++) {
                ch.write(block.clear(), (long) i * block.capacity());
            }
            ch.force(true);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ch.write(block.clear(), (long) (i % 8) * block.capacity());
                ch.force(false);
            }
            return (System.nanoTime() - start) / 1e6 / n;
        }
    }

    /** The standard ticket (ELDER, card name, 12 ahead) in bytes, and the same paper as one raster image. */
    private static void ticketBytes(PrintWriter out) {
        PrinterSettings settings = PrinterSettings.defaults();
        ReceiptFont font = ReceiptFont.locate();
        EscPosEncoder encoder = new EscPosEncoder(settings, font);
        QueueLine line = new QueueLine("A", "综合受理", List.of(1, 2, 3, 4, 5, 6), 300, 15, 30, "");
        Ticket t = new Ticket("261127A007K3QZ", LocalDate.of(2026, 11, 27), "A007", "A", 7, "A", TicketState.WAITING, Priority.ELDER,
                MORNING, Optional.of("张*三"), 0, Optional.empty(), 0);
        Receipt receipt = new TicketLayout("示例区政务服务中心", HALL, QueueSettings.defaults())
                .receipt(t, line, new Position(12, 30), QueueSettings.defaults().statusPageUrl() + t.id());
        byte[] text = encoder.encode(receipt);
        Bitmap paper = Bitmap.of(PrinterSimulator.render(text, settings.dotsPerLine(), font));
        int raster = EscPosEncoder.raster(paper, 128).length;
        out.printf("ticket on %d mm paper: %d bytes as text + native QR (%.0f ms at 115200 baud); as a raster image %d bytes"
                        + " (%d x %d dots): %.0fx more%n", settings.paper().millimetres(), text.length, text.length * 10 / 115.2,
                raster, paper.width(), paper.height(), raster / (double) text.length);
    }
}
