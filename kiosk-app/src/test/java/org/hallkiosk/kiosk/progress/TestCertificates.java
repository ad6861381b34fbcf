package org.hallkiosk.kiosk.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A private CA made at test time with the JDK's own keytool, and a server and a client certificate it signed: what
 * a centre's approval system behind a private CA looks like. PEM and PKCS#12 forms of each, in {@code dir}.
 */
final class TestCertificates {

    static final String PASSWORD = "test-pass";

    final Path dir;
    final Path caPem;
    final Path serverP12;
    final Path clientP12;
    final Path clientPem;
    final Path clientKeyPem;

    private TestCertificates(Path dir) {
        this.dir = dir;
        this.caPem = dir.resolve("ca.pem");
        this.serverP12 = dir.resolve("server.p12");
        this.clientP12 = dir.resolve("client.p12");
        this.clientPem = dir.resolve("client-chain.pem");
        this.clientKeyPem = dir.resolve("client-key.pem");
    }

    static TestCertificates make(Path dir) throws Exception {
        TestCertificates t = new TestCertificates(dir);
        t.keytool("-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-dname", "CN=HallKiosk Test CA", "-ext", "bc:c");
        t.keytool("-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.pem");
        t.signed("server", "CN=approval.test", "san=ip:127.0.0.1,dns:localhost", "eku=serverAuth");
        t.signed("client", "CN=kiosk-07", "san=dns:kiosk-07", "eku=clientAuth");
        Files.writeString(t.clientPem, Files.readString(dir.resolve("client.pem")) + Files.readString(t.caPem));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(t.clientP12)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        byte[] key = ks.getKey("client", PASSWORD.toCharArray()).getEncoded();
        Files.writeString(t.clientKeyPem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key) + "\n-----END PRIVATE KEY-----\n");
        return t;
    }

    /** The server's TLS context: its certificate, and the CA to check client certificates against. */
    SSLContext serverContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverP12)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            trust.setCertificateEntry("ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }

    private void signed(String alias, String dname, String san, String eku) throws Exception {
        String store = alias + ".p12";
        keytool("-genkeypair", "-keystore", store, "-alias", alias, "-dname", dname);
        keytool("-certreq", "-keystore", store, "-alias", alias, "-file", alias + ".csr");
        keytool("-gencert", "-keystore", "ca.p12", "-alias", "ca", "-infile", alias + ".csr", "-outfile", alias + ".pem", "-rfc",
                "-ext", san, "-ext", eku);
        keytool("-importcert", "-keystore", store, "-alias", "ca", "-file", "ca.pem", "-noprompt");
        keytool("-importcert", "-keystore", store, "-alias", alias, "-file", alias + ".pem", "-noprompt");
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (args[0].equals("-genkeypair")) {
            cmd.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        }
        if (args[0].equals("-gencert")) {
            cmd.addAll(List.of("-validity", "2"));
        }
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }
}
