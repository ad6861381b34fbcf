package org.hallkiosk.kiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one directory that holds the kiosk's databases, logs and reprint queue:
 * {@code HALLKIOSK_HOME} if set, else {@code ~/.local/share/hallkiosk}.
 */
public record DataDirectory(Path root) {

    /** Resolves the directory from the environment and the user's home. */
    public static DataDirectory from(Map<String, String> env, String userHome) {
        String home = env.get("HALLKIOSK_HOME");
        if (home != null && !home.isBlank()) {
            return new DataDirectory(Path.of(home).toAbsolutePath());
        }
        return new DataDirectory(Path.of(userHome, ".local", "share", "hallkiosk"));
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Creates the directory tree if needed; a failure names the directory. */
    public DataDirectory ensureExists() throws IOException {
        try {
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new IOException("cannot create the data directory " + root + " (set HALLKIOSK_HOME to a writable place): " + e.getMessage(), e);
        }
        return this;
    }
}
