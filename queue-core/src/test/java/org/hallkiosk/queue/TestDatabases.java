package org.hallkiosk.queue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases one test makes on its backend: SQLite files in the test's directory, or fresh PostgreSQL schemas
 * that {@link #close()} drops.
 */
public final class TestDatabases implements AutoCloseable {

    /** One database a test can open, close and open again. */
    public record Place(Backend backend, String url) {

        /** Opens it; SQLite without an fsync per commit, since tests do not pull the plug. */
        public QueueDatabase open() {
            return QueueDatabase.open(url, QueueDatabase.Durability.NORMAL, 4);
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
            return new Place(backend, "jdbc:sqlite:" + dir.resolve("queue-" + (++files) + ".db"));
        }
        PostgresSchema schema = PostgresSchema.create();
        schemas.add(schema);
        return new Place(backend, schema.url());
    }

    @Override
    public void close() {
        for (PostgresSchema s : schemas) {
            s.close();
        }
        schemas.clear();
    }
}
