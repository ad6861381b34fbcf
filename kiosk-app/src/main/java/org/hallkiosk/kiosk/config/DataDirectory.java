package org.hallkiosk.kiosk.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.hallkiosk.privacy.OwnerOnly;

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

    /**
     * Creates the directory tree if needed, owner-only (0700: databases, the identity key and logs live here); an
     * existing tree is narrowed to 0700. A failure names the directory.
     */
    public DataDirectory ensureExists() throws IOException {
        try {
            OwnerOnly.directory(root);
            OwnerOnly.directory(logs());
        } catch (IOException e) {
            throw new IOException("cannot create the data directory " + root + " (set HALLKIOSK_HOME to a writable place): " + e.getMessage(), e);
        }
        return this;
    }
}
