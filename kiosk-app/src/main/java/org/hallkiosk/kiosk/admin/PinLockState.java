package org.hallkiosk.kiosk.admin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.hallkiosk.privacy.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PIN pad's lock, kept in a file of its own ({@code admin-lock} in the data directory, mode 0600) so that
 * pulling the plug does not reset the count of wrong PINs or lift a lock.
 *
 * @param failures    wrong PINs since the last lock or the last right PIN
 * @param locks       locks since the last right PIN; each lasts longer than the one before
 * @param lockedUntil the pad takes no PIN before this
 */
public record PinLockState(int failures, int locks, Instant lockedUntil) {

    /** The file name in the data directory. */
    public static final String FILE_NAME = "admin-lock";

    private static final Logger LOG = LoggerFactory.getLogger(PinLockState.class);

    /** No wrong PIN yet. */
    public static PinLockState clear() {
        return new PinLockState(0, 0, Instant.EPOCH);
    }

    /** Where the state is kept, or nowhere (tests, the walkthrough). */
    public interface Store {
        PinLockState load();

        void save(PinLockState state);

        /** Kept in memory only. */
        static Store inMemory() {
            PinLockState[] held = {clear()};
            return new Store() {
                @Override
                public PinLockState load() {
                    return held[0];
                }

                @Override
                public void save(PinLockState state) {
                    held[0] = state;
                }
            };
        }

        /** Kept in {@code file}; an unreadable file counts as one lock already served, never as no lock. */
        static Store file(Path file) {
            return new Store() {
                @Override
                public PinLockState load() {
                    try {
                        Properties p = new Properties();
                        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                        return new PinLockState(Integer.parseInt(p.getProperty("failures", "0")),
                                Integer.parseInt(p.getProperty("locks", "0")),
                                Instant.ofEpochMilli(Long.parseLong(p.getProperty("lockedUntil", "0"))));
                    } catch (NoSuchFileException e) {
                        return clear();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("PIN lock file {} unreadable ({}); treating the pad as locked once before", file, e.getMessage());
                        return new PinLockState(0, 1, Instant.EPOCH);
                    }
                }

                @Override
                public void save(PinLockState state) {
                    try {
                        OwnerOnly.writeString(file, "failures=" + state.failures() + "\nlocks=" + state.locks()
                                + "\nlockedUntil=" + state.lockedUntil().toEpochMilli() + "\n");
                    } catch (IOException e) {
                        LOG.error("cannot write the PIN lock file {}: {}", file, e.getMessage());
                    }
                }
            };
        }
    }
}
