package org.hallkiosk.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void opensDurableWalAndMigratesToTheLatestSchema() {
        try (QueueDatabase db = QueueDatabase.open(dir.resolve("sub/queue.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isEqualTo(QueueDatabase.BUSY_TIMEOUT_MILLIS);
        }
        try (QueueDatabase again = QueueDatabase.open(dir.resolve("sub/queue.db"))) {
            long rows = again.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM schema_version"));
            assertThat(rows).as("migrations run once").isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void refusesADatabaseFromANewerRelease() {
        try (QueueDatabase db = QueueDatabase.open(dir.resolve("queue.db"))) {
            db.write(c -> TicketRows.update(c, "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)"));
        }
        assertThatThrownBy(() -> QueueDatabase.open(dir.resolve("queue.db")))
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("schema version 99").hasMessageContaining("update HallKiosk");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (QueueDatabase db = QueueDatabase.open(dir.resolve("queue.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 1)");
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            long rows = db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM line_counter"));
            assertThat(rows).isZero();
            // and the connection still writes afterwards
            db.write(c -> TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 1)"));
        }
    }

    @Test
    void theUniqueConstraintIsTheLastGuardAgainstATwiceIssuedNumber() {
        try (QueueDatabase db = QueueDatabase.open(dir.resolve("queue.db"))) {
            String insert = "INSERT INTO ticket (id, service_day, number, issued_on, sequence, line_prefix, state, priority, queue_position,"
                    + " eligible_at, issued_at, kiosk_id, window_no, misses, recalls) VALUES (?, '2026-11-27', 'A001', 'A', 1, 'A', 'WAITING', 0, 1, 0, 0, 'k', 0, 0, 0)";
            db.write(c -> TicketRows.update(c, insert, "one"));
            assertThatThrownBy(() -> db.write(c -> TicketRows.update(c, insert, "two")))
                    .isInstanceOf(QueueStoreException.class).hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void anUnwritableDirectoryIsReportedWithTheFix() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> QueueDatabase.open(file.resolve("queue.db")))
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("HALLKIOSK_HOME");
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
