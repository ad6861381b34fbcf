package org.hallkiosk.queue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.privacy.OwnerOnly;
import org.sqlite.SQLiteConfig;

/**
 * The queue's database: a SQLite file (the kiosk's {@code queue.db}, or a laptop hall's {@code hall.db}) or a
 * PostgreSQL database shared by a hall. Every write is one transaction that is committed durably or not at all;
 * the schema is brought up to date when the database is opened.
 *
 * <p>SQLite: one connection per process, WAL, {@code synchronous=FULL}, write transactions that take the write lock
 * when they begin (IMMEDIATE), so two processes never both read the same last number. PostgreSQL: a HikariCP pool,
 * READ COMMITTED, and the row locks the queue's statements take with {@link Dialect#forUpdate()}. What differs
 * between the two is in {@link Dialect}; the SQL elsewhere is the same text on both.
 */
public final class QueueDatabase implements AutoCloseable {

    /** How commits reach the disk on SQLite. Only {@link #FULL} is used by the kiosk; the other is a benchmark baseline. */
    public enum Durability {
        /** fsync of the write-ahead log on every commit: a reported ticket survives power loss. */
        FULL,
        /** WAL without fsync per commit: survives a killed process, not a power cut. */
        NORMAL
    }

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int SQLITE_ATTEMPTS = 3;
    private static final int POSTGRES_ATTEMPTS = 8;
    /** Connections of the PostgreSQL pool unless the URL's owner asks otherwise. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private final String where;
    private final Dialect dialect;
    private final Connections connections;
    private Optional<Path> keyFile = Optional.empty();

    private QueueDatabase(String where, Dialect dialect, Connections connections) {
        this.where = where;
        this.dialect = dialect;
        this.connections = connections;
    }

    /** Opens (creating if needed) a SQLite queue file with durable commits and brings its schema up to date. */
    public static QueueDatabase open(Path file) {
        return open(file, Durability.FULL);
    }

    /** Opens a SQLite file with the given durability; anything but FULL is for measuring what durability costs. */
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
        QueueDatabase db = migrated(new QueueDatabase(absolute.toString(), Dialect.SQLITE, new OneConnection(c)));
        db.keyFile = Optional.of(absolute.resolveSibling(IdentityKey.FILE_NAME));
        db.checkpoint();
        return db;
    }

    /** Opens the database a JDBC URL names: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB}. */
    public static QueueDatabase open(String jdbcUrl) {
        return open(jdbcUrl, Durability.FULL, DEFAULT_POOL_SIZE);
    }

    /** Opens a JDBC URL; {@code durability} applies to SQLite, {@code poolSize} to PostgreSQL. */
    public static QueueDatabase open(String jdbcUrl, Durability durability, int poolSize) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            String path = jdbcUrl.substring("jdbc:sqlite:".length());
            int query = path.indexOf('?');
            return open(Path.of(query < 0 ? path : path.substring(0, query)), durability);
        }
        String shown = JdbcUrls.withoutSecrets(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(BUSY_TIMEOUT_MILLIS);
        config.setPoolName("hall-queue");
        // Fail at once with the database's own message rather than after the pool's retries.
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new QueueStoreException("cannot connect to the queue database " + shown + ": " + cause.getMessage()
                    + " (is PostgreSQL running, and does the database exist?)", e);
        }
        return migrated(new QueueDatabase(shown, Dialect.POSTGRESQL, new Pool(pool)));
    }

    private static QueueDatabase migrated(QueueDatabase db) {
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * The identity key file beside a SQLite database ({@code identity.key}); none for PostgreSQL, whose servers are
     * given the hall's key explicitly.
     */
    public Optional<Path> keyFile() {
        return keyFile;
    }

    /**
     * On SQLite, copies the write-ahead log into the database and empties it, so that rows overwritten or erased are
     * gone from the {@code -wal} file too. Best effort: a reader holding an old snapshot leaves the log for the next
     * time. PostgreSQL recycles its own log.
     */
    public void checkpoint() {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try {
            connections.with(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        } catch (SQLException e) {
            // Busy: SQLite checkpoints by itself as the log grows; the next erase tries again.
        }
    }

    /** The file or (password-free) URL, for messages. */
    public String where() {
        return where;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed durably, or none of it. A transaction that
     * lost a race with another (SQLite busy past its timeout, PostgreSQL deadlock or serialization failure) is run
     * again from the start.
     */
    public <T> T write(Work<T> work) {
        int attempts = dialect == Dialect.SQLITE ? SQLITE_ATTEMPTS : POSTGRES_ATTEMPTS;
        SQLException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return connections.with(c -> once(c, work));
            } catch (SQLException e) {
                if (!dialect.isRetryable(e)) {
                    throw failure(e);
                }
                last = e;
            }
        }
        throw new QueueStoreException("the queue database " + where + " stayed locked by another process for "
                + attempts * BUSY_TIMEOUT_MILLIS / 1000 + " s; is a stuck kioskctl holding it?", last);
    }

    /** Runs {@code work} outside a transaction: for reads that need no lock. */
    public <T> T read(Work<T> work) {
        try {
            return connections.with(work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T once(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false); // SQLite begins IMMEDIATE here: the write lock, or a wait for it
        boolean committed = false;
        try {
            T result = work.run(connection);
            dialect.commit(connection);
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
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

    private QueueStoreException failure(SQLException e) {
        return new QueueStoreException("queue database " + where + ": " + e.getMessage(), e);
    }

    private void migrate() {
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                        + " applied_at BIGINT NOT NULL, CONSTRAINT schema_version_pk PRIMARY KEY (version))");
            }
            dialect.lockForMigration(c);
            int current;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                r.next();
                current = r.getInt(1);
            }
            if (current > Migrations.latest()) {
                throw new QueueStoreException("the queue database " + where + " has schema version " + current
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

    /** The schema version in the database. */
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
        connections.close();
    }

    /** Where connections come from. */
    private interface Connections extends AutoCloseable {
        <T> T with(Work<T> work) throws SQLException;

        @Override
        void close();
    }

    /** SQLite: one connection, one caller at a time; other processes are kept out by SQLite's own lock. */
    private static final class OneConnection implements Connections {
        private final Connection connection;
        private final Object lock = new Object();

        OneConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public <T> T with(Work<T> work) throws SQLException {
            synchronized (lock) {
                return work.run(connection);
            }
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

    /** PostgreSQL: a pooled connection per unit of work. */
    private static final class Pool implements Connections {
        private final HikariDataSource pool;

        Pool(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public <T> T with(Work<T> work) throws SQLException {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
