package org.hallkiosk.kiosk.hallbench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: numbering as it is often first written — count the line's tickets, then insert count + 1, no lock,
 * no unique constraint — at the same arrival rate, on the same database, with as many connections as the server's
 * pool. It is fast and it hands out the same number twice; the bench counts how often.
 */
final class NaiveNumbering {

    /** One rate's outcome: tickets written, numbers given to more than one ticket, and the tickets beyond the first. */
    record Result(int rate, int tickets, int failed, int duplicateNumbers, int extraTickets, Percentiles latency) {
    }

    private static final int CONNECTIONS = 10;

    private final String url;
    private final boolean sqlite;

    NaiveNumbering(String url) {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        if (sqlite) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    void createTable() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS naive_ticket (run VARCHAR(40) NOT NULL, line VARCHAR(8) NOT NULL, number INTEGER NOT NULL, issued_at BIGINT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS naive_ticket_line ON naive_ticket (run, line)");
        }
    }

    Result run(String runId, int rate, Duration duration, List<String> lines) throws Exception {
        List<Connection> pool = new ArrayList<>();
        ThreadLocal<Connection> mine = new ThreadLocal<>();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        int capacity = (int) (rate * duration.toMillis() / 1000) + 1;
        long[] nanos = new long[capacity];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            OpenLoop.run(rate, duration, (i, due) -> workers.execute(() -> {
                String line = lines.get(i % lines.size());
                try {
                    Connection c = mine.get();
                    if (c == null) {
                        c = connect();
                        mine.set(c);
                        synchronized (pool) {
                            pool.add(c);
                        }
                    }
                    int count;
                    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM naive_ticket WHERE run = ? AND line = ?")) {
                        p.setString(1, runId);
                        p.setString(2, line);
                        try (ResultSet r = p.executeQuery()) {
                            r.next();
                            count = r.getInt(1);
                        }
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO naive_ticket (run, line, number, issued_at) VALUES (?, ?, ?, ?)")) {
                        p.setString(1, runId);
                        p.setString(2, line);
                        p.setInt(3, count + 1);
                        p.setLong(4, System.currentTimeMillis());
                        p.executeUpdate();
                    }
                    nanos[done.getAndIncrement()] = System.nanoTime() - due;
                } catch (SQLException e) {
                    failed.incrementAndGet();
                }
            }));
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.MINUTES);
        } finally {
            workers.shutdownNow();
            synchronized (pool) {
                for (Connection c : pool) {
                    c.close();
                }
            }
        }
        int duplicateNumbers = 0;
        int extra = 0;
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM naive_ticket WHERE run = ? GROUP BY line, number HAVING COUNT(*) > 1")) {
            p.setString(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    duplicateNumbers++;
                    extra += r.getInt(1) - 1;
                }
            }
        }
        return new Result(rate, done.get(), failed.get(), duplicateNumbers, extra, Percentiles.of(nanos, done.get()));
    }
}
