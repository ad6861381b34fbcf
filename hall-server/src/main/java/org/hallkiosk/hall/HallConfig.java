package org.hallkiosk.hall;

import java.util.Objects;
import java.util.Optional;

/**
 * How the hall server runs.
 *
 * @param host        the address to listen on ({@code 0.0.0.0}: every interface; {@code 127.0.0.1} behind a proxy)
 * @param port        the TCP port; 0 picks a free one (tests)
 * @param databaseUrl {@code jdbc:postgresql://HOST/DB?user=...} or {@code jdbc:sqlite:/path/hall.db}
 * @param tls         HTTPS with this keystore; empty for plain HTTP (behind a TLS-terminating proxy, or a laptop)
 * @param poolSize    PostgreSQL connections
 */
public record HallConfig(String host, int port, String databaseUrl, Optional<TlsSettings> tls, int poolSize) {

    /** The port when none is given. */
    public static final int DEFAULT_PORT = 8480;

    public HallConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(tls, "tls");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
    }
}
