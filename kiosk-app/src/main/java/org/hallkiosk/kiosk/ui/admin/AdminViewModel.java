package org.hallkiosk.kiosk.ui.admin;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ContentVersion;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.config.KioskConfig;

/** What the admin screen shows: version, configuration summary, the log's last lines. */
public final class AdminViewModel {

    private static final int TAIL_BYTES = 16 * 1024;
    private static final java.time.format.DateTimeFormatter LOADED_AT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String version;
    private final KioskConfig config;
    private final Optional<Path> configSource;
    private final Path logFile;
    private final CatalogueHolder content;

    public AdminViewModel(String version, KioskConfig config, Optional<Path> configSource, Path logFile, CatalogueHolder content) {
        this.version = version;
        this.config = config;
        this.configSource = configSource;
        this.logFile = logFile;
        this.content = content;
    }

    /** The catalogue in force: version, where it came from, what it holds. */
    public String contentSummary() {
        Catalogue c = content.current().catalogue();
        ContentVersion v = c.version();
        return v.shortDigest() + " · " + v.source() + " · " + c.items().size() + " items, " + c.departments().size()
                + " departments, " + c.lines().size() + " lines · "
                + LOADED_AT.format(v.loadedAt().atZone(config.timeZone()));
    }

    /** Why the last content change was refused, one problem per line; empty when the last load was good. */
    public List<String> contentErrors() {
        return content.lastRejection().map(r -> r.errors().stream().map(Object::toString).toList()).orElse(List.of());
    }

    /** Reloads the content directory now; returns the errors (empty when it was taken or unchanged). */
    public List<String> reloadContent() {
        content.reload();
        return contentErrors();
    }

    public boolean contentReloadable() {
        return content.directory().isPresent();
    }

    public String version() {
        return version;
    }

    public KioskConfig config() {
        return config;
    }

    public Optional<Path> configSource() {
        return configSource;
    }

    /** One line per setting, as a technician reads them. */
    public List<String> configSummary() {
        KioskConfig.DeviceLinks d = config.devices();
        return List.of(
                "kioskId: " + config.kioskId(),
                "idleTimeoutSeconds: " + config.idleTimeout().toSeconds(),
                "language: " + config.language().toLanguageTag(),
                "contentDir: " + config.contentDir().map(Path::toString).orElse("(bundled)"),
                "devices.printer: " + d.printer() + " (" + d.printerProfile() + ", " + d.paperWidthMm() + " mm)",
                "devices.idCardReader: " + d.idCardReader(),
                "devices.scanner: " + d.scanner(),
                "devices.gpio: " + d.gpio());
    }

    /** The last {@code lines} lines of the kiosk log, or nothing if there is no log yet. */
    public List<String> logTail(int lines) {
        if (!Files.isRegularFile(logFile)) {
            return List.of();
        }
        try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, f.length() - TAIL_BYTES);
            byte[] buf = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(buf);
            List<String> all = List.of(new String(buf, StandardCharsets.UTF_8).split("\n"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(log unreadable: " + e.getMessage() + ")");
        }
    }
}
