package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class QueueDatabaseTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;
    TestDatabases.Place place;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        place = dbs.place();
    }

    @AfterEach
    void close() {
        dbs.close();
    }

    @Test
    void migratesToTheLatestSchemaOnceWithTheRightDialect() {
        try (QueueDatabase db = place.open()) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(db.dialect()).isEqualTo(backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL);
        }
        try (QueueDatabase again = place.open()) {
            long rows = again.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM schema_version"));
            assertThat(rows).as("migrations run once").isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void refusesADatabaseFromANewerRelease() {
        try (QueueDatabase db = place.open()) {
            db.write(c -> TicketRows.update(c, "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)"));
        }
        assertThatThrownBy(place::open)
                .isInstanceOf(QueueStoreException.class).hasMessageContaining("schema version 99").hasMessageContaining("update HallKiosk");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (QueueDatabase db = place.open()) {
            assertThatThrownBy(() -> db.write(c -> {
                TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 1)");
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            long rows = db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM line_counter"));
            assertThat(rows).isZero();
            // and the connection still writes afterwards
            db.write(c -> TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 1)"));
            long after = db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM line_counter"));
            assertThat(after).isEqualTo(1);
        }
    }

    @Test
    void theUniqueConstraintIsTheLastGuardAgainstATwiceIssuedNumber() {
        try (QueueDatabase db = place.open()) {
            String insert = "INSERT INTO ticket (id, service_day, number, issued_on, sequence, line_prefix, state, priority, queue_position,"
                    + " eligible_at, issued_at, kiosk_id, window_no, misses, recalls) VALUES (?, '2026-11-27', 'A001', 'A', 1, 'A', 'WAITING', 0, 1, 0, 0, 'k', 0, 0, 0)";
            db.write(c -> TicketRows.update(c, insert, "one"));
            assertThatThrownBy(() -> db.write(c -> TicketRows.update(c, insert, "two")))
                    .isInstanceOfSatisfying(QueueStoreException.class, e -> assertThat(db.dialect()
                            .isUniqueViolation((java.sql.SQLException) e.getCause())).isTrue())
                    .hasMessageContaining(backend == Backend.SQLITE ? "UNIQUE" : "ticket_number_once");
        }
    }
}
