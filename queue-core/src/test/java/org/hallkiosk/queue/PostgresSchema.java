package org.hallkiosk.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A uniquely named schema in the test PostgreSQL (127.0.0.1:5432, database {@code test}, user postgres, trust), made
 * for one test and dropped after it: tests on the shared server never meet each other's tables. Another server is
 * named by {@code -Dhallkiosk.test.postgres=jdbc:postgresql://HOST:PORT/DB?user=U} or the environment variable
 * {@code HALLKIOSK_TEST_POSTGRES}. There is no skipping: without a PostgreSQL the test fails, naming the URL.
 */
public final class PostgresSchema implements AutoCloseable {

    /** The server the tests use unless told otherwise. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final String name;

    private PostgresSchema(String base, String name) {
        this.base = base;
        this.name = name;
    }

    /** Creates a fresh schema {@code hk_test_<random>}. */
    public static PostgresSchema create() {
        String base = System.getProperty("hallkiosk.test.postgres", System.getenv().getOrDefault("HALLKIOSK_TEST_POSTGRES", DEFAULT_URL));
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String name = "hk_test_" + HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("the queue tests need PostgreSQL at " + base + " (start it: pg_ctlcluster --skip-systemctl-redirect"
                    + " $(ls /etc/postgresql) main start): " + e.getMessage(), e);
        }
        return new PostgresSchema(base, name);
    }

    /** A JDBC URL whose connections work in this schema. */
    public String url() {
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + name + ": " + e.getMessage(), e);
        }
    }
}
