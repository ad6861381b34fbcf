package org.hallkiosk.hall;

import java.nio.file.Path;
import java.util.Objects;

/**
 * HTTPS for the hall server: a PKCS#12 (or JKS) keystore holding the server's key and certificate.
 *
 * @param password the keystore's password; read from the configuration, never logged
 */
public record TlsSettings(Path keystore, String password) {

    public TlsSettings {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TlsSettings[" + keystore + ", password=***]";
    }
}
