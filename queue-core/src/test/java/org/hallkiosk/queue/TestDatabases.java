package org.hallkiosk.queue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.privacy.IdentityKey;

/**
 * The databases one test makes on its backend: SQLite files in the test's directory, or fresh PostgreSQL schemas
 * that {@link #close()} drops.
 */
public final class TestDatabases implements AutoCloseable {

    /** One database a test can open, close and open again. */
    public record Place(Backend backend, String url, Path keyFile) {

        /** Opens it; SQLite without an fsync per commit, since tests do not pull the plug. */
        public QueueDatabase open() {
            return QueueDatabase.open(url, QueueDatabase.Durability.NORMAL, 4);
        }

        /** The identity key every desk on this database uses (beside a SQLite file; in the test's directory for PostgreSQL). */
        public IdentityKey key() {
            return IdentityKey.loadOrCreate(keyFile);
        }
    }

    private final Backend backend;
    private final Path dir;
    private final List<PostgresSchema> schemas = new ArrayList<>();
    private int files;

    public TestDatabases(Backend backend, Path dir) {
        this.backend = backend;
        this.dir = dir;
    }

    public Backend backend() {
        return backend;
    }

    /** A new, empty database. */
    public Place place() {
        if (backend == Backend.SQLITE) {
            return new Place(backend, "jdbc:sqlite:" + dir.resolve("queue-" + (++files) + ".db"), dir.resolve(IdentityKey.FILE_NAME));
        }
        PostgresSchema schema = PostgresSchema.create();
        schemas.add(schema);
        return new Place(backend, schema.url(), dir.resolve(IdentityKey.FILE_NAME));
    }

    @Override
    public void close() {
        for (PostgresSchema s : schemas) {
            s.close();
        }
        schemas.clear();
    }
}
