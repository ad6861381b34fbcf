package org.hallkiosk.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Everything the queue does differently on SQLite and on PostgreSQL, in one place; every other statement of the
 * queue is the same text on both.
 *
 * <ul>
 *   <li>Locking: SQLite write transactions begin IMMEDIATE and so hold the database's one write lock from their
 *       first statement; PostgreSQL locks the rows a transaction reads with {@code SELECT ... FOR UPDATE}.</li>
 *   <li>Which errors mean "try the transaction again": SQLite's busy and locked, PostgreSQL's serialization
 *       failure and deadlock.</li>
 *   <li>How a unique constraint reports a violation.</li>
 *   <li>Committing: the SQLite driver begins the next IMMEDIATE transaction right after {@code commit()}, so a
 *       SQLite transaction ends with {@code setAutoCommit(true)} instead.</li>
 * </ul>
 */
public enum Dialect {

    /** SQLite through xerial's driver: one connection per process, WAL, IMMEDIATE transactions. */
    SQLITE {
        @Override
        public String forUpdate() {
            return "";
        }

        @Override
        public boolean isRetryable(SQLException e) {
            int primary = e.getErrorCode() & 0xFF;
            return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return (e.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT
                    && e.getMessage() != null && (e.getMessage().contains("UNIQUE") || e.getMessage().contains("PRIMARY KEY"));
        }

        @Override
        void commit(Connection c) throws SQLException {
            c.setAutoCommit(true);
        }

        @Override
        void lockForMigration(Connection c) {
            // The IMMEDIATE transaction already holds the write lock.
        }
    },

    /** PostgreSQL 12 or later through pgJDBC and a HikariCP pool; READ COMMITTED with row locks. */
    POSTGRESQL {
        @Override
        public String forUpdate() {
            return " FOR UPDATE";
        }

        @Override
        public boolean isRetryable(SQLException e) {
            String state = e.getSQLState();
            return "40001".equals(state) || "40P01".equals(state);
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }

        @Override
        void commit(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
        }

        @Override
        void lockForMigration(Connection c) throws SQLException {
            // Two servers starting on one empty database would otherwise both create the tables.
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
        }
    };

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final long MIGRATION_LOCK = 0x4b494f534bL; // "KIOSK"

    /** The suffix that makes a SELECT lock the rows it reads until the transaction ends ("" where the whole database is locked). */
    public abstract String forUpdate();

    /** True when the transaction failed only because of another one and may simply be run again. */
    public abstract boolean isRetryable(SQLException e);

    /** True when a unique or primary-key constraint refused a row. */
    public abstract boolean isUniqueViolation(SQLException e);

    abstract void commit(Connection c) throws SQLException;

    abstract void lockForMigration(Connection c) throws SQLException;

    /** The dialect of a JDBC URL: {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new QueueStoreException("unsupported database URL '" + JdbcUrls.withoutSecrets(jdbcUrl)
                + "': use jdbc:postgresql://HOST[:PORT]/DATABASE or jdbc:sqlite:/path/to/file.db");
    }
}
