package org.hallkiosk.kiosk.queue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hallkiosk.privacy.OwnerOnly;
import org.sqlite.SQLiteConfig;

/**
 * The queue's SQLite file: one connection, durable commits (WAL, synchronous=FULL), write transactions that
 * take the write lock when they begin (IMMEDIATE), so that two processes never both read the same last number.
 *
 * <p>Everything SQLite-specific lives here as connection settings; the SQL elsewhere stays portable. Transactions
 * end with {@code setAutoCommit(true)} — committing as JDBC specifies — because the driver's {@code commit()}
 * opens the next IMMEDIATE transaction at once and would hold the write lock between issues.
 */
public final class QueueDatabase implements AutoCloseable {

    /** How commits reach the disk. Only {@link #FULL} is used by the kiosk; the others are benchmark baselines. */
    public enum Durability {
        /** fsync of the write-ahead log on every commit: a reported ticket survives power loss. */
        FULL,
        /** WAL without fsync per commit: survives a killed process, not a power cut. */
        NORMAL
    }

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int ATTEMPTS = 3;

    private final Path file;
    private final Connection connection;
    private final Object lock = new Object();

    private QueueDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the queue database with durable commits and brings its schema up to date. */
    public static QueueDatabase open(Path file) {
        return open(file, Durability.FULL);
    }

    /** Opens with the given durability; anything but FULL is for measuring what durability costs. */
    public static QueueDatabase open(Path file, Durability durability) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
                OwnerOnly.directory(absolute.getParent());
            }
            // SQLite gives its -wal and -shm files the database file's permissions: make that one owner-only first.
            OwnerOnly.file(absolute);
            OwnerOnly.narrowIfPresent(Path.of(absolute + "-wal"));
            OwnerOnly.narrowIfPresent(Path.of(absolute + "-shm"));
        } catch (IOException e) {
            throw new QueueStoreException("cannot create the directory of the queue database " + absolute
                    + " (set HALLKIOSK_HOME to a writable place): " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(durability == Durability.FULL ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // What is deleted (a past day's codes and names) is overwritten with zeros, not left in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new QueueStoreException("cannot open the queue database " + absolute + ": " + e.getMessage(), e);
        }
        QueueDatabase db = new QueueDatabase(absolute, c);
        try {
            db.migrate();
            db.checkpoint();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed durably, or none of it. Waits up to
     * {@value #BUSY_TIMEOUT_MILLIS} ms for another process's transaction to end.
     */
    public <T> T write(Work<T> work) {
        synchronized (lock) {
            SQLException last = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    return once(work);
                } catch (SQLException e) {
                    if (!isBusy(e)) {
                        throw failure(e);
                    }
                    last = e;
                }
            }
            throw new QueueStoreException("the queue database " + file + " stayed locked by another process for "
                    + ATTEMPTS * BUSY_TIMEOUT_MILLIS / 1000 + " s; is a stuck kioskctl holding it?", last);
        }
    }

    /**
     * Copies the write-ahead log into the database and empties it, so that rows overwritten or erased are gone from
     * the {@code -wal} file too. Best effort: a reader holding an old snapshot leaves the log for the next time.
     */
    public void checkpoint() {
        synchronized (lock) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                // Busy: SQLite checkpoints by itself as the log grows; the next erase tries again.
            }
        }
    }

    /** Runs {@code work} outside a transaction: for reads that need no lock. */
    public <T> T read(Work<T> work) {
        synchronized (lock) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    private <T> T once(Work<T> work) throws SQLException {
        connection.setAutoCommit(false); // the driver begins IMMEDIATE here: the write lock, or a wait for it
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.setAutoCommit(true);
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // The transaction never began (lock not obtained) or is already gone: nothing to undo.
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is unusable; the next call reports it.
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }

    private QueueStoreException failure(SQLException e) {
        return new QueueStoreException("queue database " + file + ": " + e.getMessage(), e);
    }

    private void migrate() {
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                        + " applied_at BIGINT NOT NULL, CONSTRAINT schema_version_pk PRIMARY KEY (version))");
            }
            int current;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                r.next();
                current = r.getInt(1);
            }
            if (current > Migrations.latest()) {
                throw new QueueStoreException("the queue database " + file + " has schema version " + current
                        + ", newer than this HallKiosk understands (" + Migrations.latest() + "); update HallKiosk");
            }
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= current) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setLong(3, System.currentTimeMillis());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The schema version in the file. */
    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing after a failure: nothing more to report than the failure itself.
            }
        }
    }
}
