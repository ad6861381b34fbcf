package org.hallkiosk.kiosk.hall;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;

/**
 * Reads and describes {@code queue.mode} and {@code queue.hall.*}: the same {@code queue:} section of kiosk.yaml as
 * the queue's rules, kept apart because the rules belong to the queue engine and the mode to the kiosk.
 */
public final class QueueModeSection implements ConfigSection<QueueMode> {

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public Class<QueueMode> type() {
        return QueueMode.class;
    }

    @Override
    public List<String> keys() {
        return List.of("mode", "hall.url", "hall.token", "hall.timeoutSeconds", "hall.leaseSize");
    }

    @Override
    public QueueMode defaults() {
        return QueueMode.defaults();
    }

    @Override
    public QueueMode read(SectionValues v) {
        QueueMode d = defaults();
        Optional<URI> url = v.get("hall.url", d.url(), QueueModeSection::url);
        String token = v.get("hall.token", d.token(), QueueModeSection::token);
        Duration timeout = Duration.ofSeconds(v.integer("hall.timeoutSeconds", (int) d.timeout().toSeconds(), 1, 30));
        int leaseSize = v.integer("hall.leaseSize", d.leaseSize(), 4, 100);
        QueueMode.Kind kind = v.get("mode", d.kind(), s -> {
            QueueMode.Kind k = switch (s.toLowerCase(Locale.ROOT)) {
                case "local" -> QueueMode.Kind.LOCAL;
                case "hall" -> QueueMode.Kind.HALL;
                default -> throw new IllegalArgumentException("must be local (this kiosk's own queue.db) or hall (the hall server)");
            };
            if (k == QueueMode.Kind.HALL && (url.isEmpty() || token.isBlank())) {
                throw new IllegalArgumentException("hall needs queue.hall.url (e.g. https://hall.lan:8480) and queue.hall.token"
                        + " (kioskctl hall device add NAME --role kiosk prints it)");
            }
            return k;
        });
        return new QueueMode(kind, url, token, timeout, leaseSize);
    }

    @Override
    public List<String> describe(QueueMode m) {
        return List.of(
                "mode: " + m.kind().name().toLowerCase(Locale.ROOT),
                "hall.url: \"" + m.url().map(URI::toString).orElse("") + "\"",
                "hall.token: " + (m.token().isBlank() ? "(none)" : "(set)"),
                "hall.timeoutSeconds: " + m.timeout().toSeconds(),
                "hall.leaseSize: " + m.leaseSize());
    }

    private static Optional<URI> url(String v) {
        if (!v.matches("https?://[^/\\s]+/?")) {
            throw new IllegalArgumentException("must be the hall server's address, e.g. https://hall.lan or http://10.0.0.5:8480");
        }
        return Optional.of(URI.create(v.endsWith("/") ? v : v + "/"));
    }

    private static String token(String v) {
        if (!v.matches("hk1_[A-Za-z0-9_-]{20,}")) {
            throw new IllegalArgumentException("must be a device token as printed by kioskctl hall device add (hk1_...)");
        }
        return v;
    }
}
