package org.hallkiosk.kiosk.hall;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;
import org.hallkiosk.queue.JdbcUrls;

/** Reads and describes the {@code hall:} section of kiosk.yaml. */
public final class HallSettingsSection implements ConfigSection<HallSettings> {

    @Override
    public String name() {
        return "hall";
    }

    @Override
    public Class<HallSettings> type() {
        return HallSettings.class;
    }

    @Override
    public List<String> keys() {
        return List.of("database", "host", "port", "tls.keystore", "tls.password");
    }

    @Override
    public HallSettings defaults() {
        return HallSettings.defaults();
    }

    @Override
    public HallSettings read(SectionValues v) {
        HallSettings d = defaults();
        Optional<String> database = v.get("database", d.database(), HallSettingsSection::url);
        Optional<Path> keystore = v.get("tls.keystore", d.keystore(), s -> Optional.of(Path.of(s)));
        String password = v.text("tls.password", d.keystorePassword());
        return new HallSettings(database, v.text("host", d.host()), v.integer("port", d.port(), 1, 65535), keystore, password);
    }

    @Override
    public List<String> describe(HallSettings s) {
        return List.of(
                "database: \"" + s.database().map(JdbcUrls::withoutSecrets).orElse("") + "\"" + (s.database().isEmpty() ? "   # SQLite hall.db in the data directory" : ""),
                "host: \"" + s.host() + "\"",
                "port: " + s.port(),
                "tls.keystore: \"" + s.keystore().map(Path::toString).orElse("") + "\"");
    }

    private static Optional<String> url(String v) {
        if (!v.startsWith("jdbc:postgresql:") && !v.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("must be jdbc:postgresql://HOST[:PORT]/DATABASE?user=... or jdbc:sqlite:/path/hall.db");
        }
        return Optional.of(v);
    }
}
