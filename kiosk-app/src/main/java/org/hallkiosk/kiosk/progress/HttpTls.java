package org.hallkiosk.kiosk.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the kiosk proves itself to the approval system and whom it trusts there (kiosk.yaml {@code progress.http.tls}):
 * a private CA bundle (PEM) that replaces the JDK's public roots, and a client certificate, either a PKCS#12 file
 * with its password or a PEM certificate chain with an unencrypted PKCS#8 PEM key.
 *
 * @param caBundle       PEM file of the CA certificates to trust; empty: the JDK's public roots
 * @param clientCert     {@code .p12}/{@code .pfx} key store, or PEM certificate chain; empty: no client certificate
 * @param clientKey      PEM private key ({@code BEGIN PRIVATE KEY}) for a PEM {@code clientCert}
 * @param clientPassword the PKCS#12 password (a secret: never printed)
 */
public record HttpTls(Optional<Path> caBundle, Optional<Path> clientCert, Optional<Path> clientKey, String clientPassword) {

    private static final Pattern PEM_KEY = Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    public HttpTls {
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(clientCert, "clientCert");
        Objects.requireNonNull(clientKey, "clientKey");
        clientPassword = Objects.requireNonNullElse(clientPassword, "");
    }

    /** The JDK's trust and no client certificate. */
    public static HttpTls none() {
        return new HttpTls(Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    /** True when nothing is configured. */
    public boolean isDefault() {
        return caBundle.isEmpty() && clientCert.isEmpty();
    }

    /**
     * The TLS context these settings describe; every problem (a missing file, a PEM that holds no certificate, a
     * wrong password, a PKCS#1 key) is an {@link IllegalArgumentException} naming the file and the fix.
     */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caBundle.isPresent()) {
                KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
                trust.load(null, null);
                int i = 0;
                for (Certificate c : certificates(caBundle.get())) {
                    trust.setCertificateEntry("ca-" + i++, c);
                }
                tmf.init(trust);
            } else {
                tmf.init((KeyStore) null);
            }
            KeyManagerFactory kmf = null;
            if (clientCert.isPresent()) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                char[] password = clientPassword.toCharArray();
                kmf.init(clientKeyStore(password), password);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private KeyStore clientKeyStore(char[] password) throws GeneralSecurityException {
        Path cert = clientCert.orElseThrow();
        byte[] bytes = read(cert);
        String name = cert.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pem = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII).contains("-----BEGIN");
        if (!pem || name.endsWith(".p12") || name.endsWith(".pfx")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                ks.load(in, password);
            } catch (IOException e) {
                throw new IllegalArgumentException(cert + " is not a PKCS#12 file this password opens (progress.http.tls.clientPassword): "
                        + e.getMessage(), e);
            }
            return ks;
        }
        Path keyFile = clientKey.orElseThrow(() -> new IllegalArgumentException(
                "a PEM client certificate needs its key: set progress.http.tls.clientKey"));
        List<Certificate> chain = certificates(cert);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException("an empty key store always loads", e);
        }
        ks.setKeyEntry("client", privateKey(keyFile), password, chain.toArray(Certificate[]::new));
        return ks;
    }

    private static List<Certificate> certificates(Path file) throws GeneralSecurityException {
        Collection<? extends Certificate> certs;
        try (InputStream in = new ByteArrayInputStream(read(file))) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return new ArrayList<>(certs);
    }

    private static PrivateKey privateKey(Path file) {
        String text = new String(read(file), StandardCharsets.US_ASCII);
        Matcher m = PEM_KEY.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(file + " holds no unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----)."
                    + " Convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out " + file.getFileName()
                    + ", or use a PKCS#12 file as clientCert");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        for (String algorithm : new String[] {"EC", "RSA", "Ed25519", "Ed448"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException(file + " holds a key of an algorithm other than EC, RSA or EdDSA");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Paths only; the password is a secret. */
    @Override
    public String toString() {
        return "HttpTls[caBundle=" + caBundle.map(Path::toString).orElse("-") + ", clientCert="
                + clientCert.map(Path::toString).orElse("-") + ", clientKey=" + clientKey.map(Path::toString).orElse("-")
                + ", clientPassword=" + (clientPassword.isEmpty() ? "-" : "<set>") + "]";
    }
}
