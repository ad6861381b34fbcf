package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a SQLite file has: durable WAL settings, and a directory that must be writable. And URLs we refuse. */
class SqliteFileTest {

    @TempDir
    Path dir;

    @Test
    void opensDurableWalWithABusyTimeout() {
        try (QueueDatabase db = QueueDatabase.open(dir.resolve("sub/queue.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isEqualTo(QueueDatabase.BUSY_TIMEOUT_MILLIS);
        }
        try (QueueDatabase byUrl = QueueDatabase.open("jdbc:sqlite:" + dir.resolve("sub/queue.db"))) {
            assertThat(byUrl.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(pragma(byUrl, "synchronous")).isEqualTo("2");
        }
    }

    @Test
    void anUnwritableDirectoryIsReportedWithTheFix() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> QueueDatabase.open(file.resolve("queue.db")))
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("HALLKIOSK_HOME");
    }

    @Test
    void otherDatabasesAndUnreachableServersAreNamedWithoutTheirPassword() {
        assertThatThrownBy(() -> QueueDatabase.open("jdbc:mysql://db/hall?password=secret"))
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("jdbc:postgresql://HOST")
                .hasMessageNotContaining("secret");
        // Port 1 on loopback: nothing listens there.
        assertThatThrownBy(() -> QueueDatabase.open("jdbc:postgresql://127.0.0.1:1/hall?user=u&password=secret&connectTimeout=2"))
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("127.0.0.1:1").hasMessageContaining("is PostgreSQL running")
                .hasMessageNotContaining("secret");
    }

    private static String pragma(QueueDatabase db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
