package org.hallkiosk.kiosk.hall;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code hall:} section of kiosk.yaml, for the machine that runs the hall server ({@code kioskctl hall serve}).
 *
 * @param database    JDBC URL of the hall's database; empty: SQLite at {@code $HALLKIOSK_HOME/hall.db}
 * @param host        the address the server listens on
 * @param port        its port
 * @param keystore    HTTPS keystore (PKCS#12); empty: plain HTTP (behind a TLS proxy, or on a laptop)
 * @param keystorePassword the keystore's password
 */
public record HallSettings(Optional<String> database, String host, int port, Optional<Path> keystore, String keystorePassword) {

    public HallSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(keystorePassword, "keystorePassword");
    }

    /** A kiosk.yaml that says nothing about the hall server. */
    public static HallSettings defaults() {
        return new HallSettings(Optional.empty(), "0.0.0.0", 8480, Optional.empty(), "");
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "HallSettings[" + database.map(org.hallkiosk.queue.JdbcUrls::withoutSecrets).orElse("hall.db") + ", " + host + ":" + port
                + ", " + keystore.map(Path::toString).orElse("no TLS") + "]";
    }
}
