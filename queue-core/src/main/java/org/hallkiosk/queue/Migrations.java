package org.hallkiosk.queue;

import java.util.List;

/**
 * The queue schema, one numbered step at a time. Steps are applied in order, each in its own transaction,
 * and never edited once released: a change is a new step.
 *
 * <p>Every page an issue touches costs bytes in the write-ahead log that must reach the disk before the ticket is
 * reported, so the ticket table keeps only the indexes its queries need; the number is unique by
 * {@code ticket_number_once} (number = prefix + sequence, so a sequence cannot repeat either).
 *
 * <p>Portable SQL only (it must run on PostgreSQL when a hall shares one queue): standard types, named
 * constraints, no AUTOINCREMENT, no INSERT OR ..., no SQLite pragmas. Times are epoch milliseconds in BIGINT;
 * service days are ISO dates in VARCHAR; {@code window} is reserved in PostgreSQL, hence {@code window_no}.
 */
final class Migrations {

    /** One schema step. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "tickets, counters, service times, identity salts, appointments, reprints", List.of(
                    """
                    CREATE TABLE line_counter (
                      service_day VARCHAR(10) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      last_sequence INTEGER NOT NULL,
                      CONSTRAINT line_counter_pk PRIMARY KEY (service_day, line_prefix))""",
                    """
                    CREATE TABLE ticket (
                      id VARCHAR(24) NOT NULL,
                      service_day VARCHAR(10) NOT NULL,
                      number VARCHAR(8) NOT NULL,
                      issued_on VARCHAR(2) NOT NULL,
                      sequence INTEGER NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      state VARCHAR(10) NOT NULL,
                      priority INTEGER NOT NULL,
                      queue_position BIGINT NOT NULL,
                      eligible_at BIGINT NOT NULL,
                      issued_at BIGINT NOT NULL,
                      person_hash VARCHAR(64),
                      masked_name VARCHAR(40),
                      appointment_code VARCHAR(64),
                      kiosk_id VARCHAR(40) NOT NULL,
                      window_no INTEGER NOT NULL,
                      called_at BIGINT,
                      finished_at BIGINT,
                      misses INTEGER NOT NULL,
                      recalls INTEGER NOT NULL,
                      CONSTRAINT ticket_pk PRIMARY KEY (id),
                      CONSTRAINT ticket_number_once UNIQUE (service_day, number))""",
                    "CREATE INDEX ticket_line_state ON ticket (service_day, line_prefix, state)",
                    // Partial (portable to PostgreSQL): a ticket taken without a card writes no page of this index.
                    "CREATE INDEX ticket_person ON ticket (service_day, person_hash) WHERE person_hash IS NOT NULL",
                    "CREATE INDEX ticket_position ON ticket (service_day, queue_position)",
                    """
                    CREATE TABLE ticket_event (
                      ticket_id VARCHAR(24) NOT NULL,
                      service_day VARCHAR(10) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      kind VARCHAR(12) NOT NULL,
                      window_no INTEGER NOT NULL,
                      at_time BIGINT NOT NULL)""",
                    "CREATE INDEX ticket_event_line ON ticket_event (line_prefix, kind, at_time)",
                    """
                    CREATE TABLE service_sample (
                      ticket_id VARCHAR(24) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      window_no INTEGER NOT NULL,
                      seconds INTEGER NOT NULL,
                      finished_at BIGINT NOT NULL)""",
                    "CREATE INDEX service_sample_line ON service_sample (line_prefix, finished_at)",
                    """
                    CREATE TABLE identity_salt (
                      service_day VARCHAR(10) NOT NULL,
                      salt VARCHAR(64) NOT NULL,
                      CONSTRAINT identity_salt_pk PRIMARY KEY (service_day))""",
                    """
                    CREATE TABLE appointment (
                      code VARCHAR(64) NOT NULL,
                      service_day VARCHAR(10) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      slot_from VARCHAR(5) NOT NULL,
                      slot_to VARCHAR(5) NOT NULL,
                      person_hash VARCHAR(64),
                      masked_name VARCHAR(40),
                      ticket_id VARCHAR(24),
                      imported_at BIGINT NOT NULL,
                      CONSTRAINT appointment_pk PRIMARY KEY (code))""",
                    "CREATE INDEX appointment_person ON appointment (service_day, person_hash)",
                    """
                    CREATE TABLE reprint (
                      ticket_id VARCHAR(24) NOT NULL,
                      reason VARCHAR(200) NOT NULL,
                      queued_at BIGINT NOT NULL,
                      printed_at BIGINT,
                      CONSTRAINT reprint_pk PRIMARY KEY (ticket_id))""")),
            new Migration(2, "the hall: items on tickets, request ids, windows, devices, number leases", List.of(
                    "ALTER TABLE ticket ADD COLUMN item_code VARCHAR(40)",
                    // The lease a ticket's number came from when a kiosk issued it offline; null when issued online.
                    "ALTER TABLE ticket ADD COLUMN lease_id VARCHAR(32)",
                    // The last number of the line's lease range handed out today; null while no kiosk has leased.
                    "ALTER TABLE line_counter ADD COLUMN last_leased INTEGER",
                    """
                    CREATE TABLE issue_request (
                      device VARCHAR(64) NOT NULL,
                      request_id VARCHAR(64) NOT NULL,
                      ticket_id VARCHAR(24) NOT NULL,
                      created_at BIGINT NOT NULL,
                      CONSTRAINT issue_request_pk PRIMARY KEY (device, request_id))""",
                    """
                    CREATE TABLE counter_window (
                      window_no INTEGER NOT NULL,
                      paused INTEGER NOT NULL,
                      pause_reason VARCHAR(200),
                      changed_at BIGINT NOT NULL,
                      CONSTRAINT counter_window_pk PRIMARY KEY (window_no))""",
                    """
                    CREATE TABLE device (
                      name VARCHAR(64) NOT NULL,
                      role VARCHAR(10) NOT NULL,
                      token_hash VARCHAR(64) NOT NULL,
                      created_at BIGINT NOT NULL,
                      revoked_at BIGINT,
                      CONSTRAINT device_pk PRIMARY KEY (name),
                      CONSTRAINT device_token_once UNIQUE (token_hash))""",
                    """
                    CREATE TABLE number_lease (
                      id VARCHAR(32) NOT NULL,
                      device VARCHAR(64) NOT NULL,
                      request_id VARCHAR(64) NOT NULL,
                      service_day VARCHAR(10) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      first_sequence INTEGER NOT NULL,
                      last_sequence INTEGER NOT NULL,
                      granted_at BIGINT NOT NULL,
                      CONSTRAINT number_lease_pk PRIMARY KEY (id),
                      CONSTRAINT number_lease_request_once UNIQUE (device, request_id),
                      CONSTRAINT number_lease_range_once UNIQUE (service_day, line_prefix, first_sequence))""")),
            new Migration(3, "a hall kiosk's own record of the tickets it issued offline, until handed over", List.of(
                    """
                    CREATE TABLE offline_ticket (
                      id VARCHAR(24) NOT NULL,
                      lease_id VARCHAR(32) NOT NULL,
                      service_day VARCHAR(10) NOT NULL,
                      line_prefix VARCHAR(2) NOT NULL,
                      number VARCHAR(8) NOT NULL,
                      sequence INTEGER NOT NULL,
                      issued_at BIGINT NOT NULL,
                      person_hash VARCHAR(64),
                      masked_name VARCHAR(40),
                      elder INTEGER NOT NULL,
                      item_code VARCHAR(40),
                      supersedes VARCHAR(64),
                      handed_over_at BIGINT,
                      outcome VARCHAR(200),
                      CONSTRAINT offline_ticket_pk PRIMARY KEY (id),
                      CONSTRAINT offline_ticket_number_once UNIQUE (service_day, number))""")),
            // The salts of version 1 sat in this database beside the codes they keyed: anyone holding it could try
            // every ID number. Codes are now keyed by the identity key file; the old salts and codes are erased.
            new Migration(4, "identity codes keyed outside the database: old salts and codes erased", List.of(
                    "DROP TABLE identity_salt",
                    "UPDATE ticket SET person_hash = NULL WHERE person_hash IS NOT NULL",
                    "UPDATE appointment SET person_hash = NULL WHERE person_hash IS NOT NULL",
                    "UPDATE offline_ticket SET person_hash = NULL WHERE person_hash IS NOT NULL")),
            // Ratings attach to the service (line, window, item, staff), never to the visitor: no name, no identity code.
            new Migration(5, "好差评 ratings of finished services, suggestions and complaints", List.of(
                    """
                    CREATE TABLE rating (
                      id VARCHAR(24) NOT NULL,
                      subject_kind VARCHAR(8) NOT NULL,
                      subject_ref VARCHAR(64) NOT NULL,
                      subject_label VARCHAR(40) NOT NULL,
                      line_prefix VARCHAR(2),
                      window_no INTEGER,
                      item_code VARCHAR(40),
                      staff_id VARCHAR(32),
                      finished_at BIGINT NOT NULL,
                      level INTEGER NOT NULL,
                      reasons VARCHAR(200) NOT NULL,
                      comment_text VARCHAR(1000),
                      callback_sealed VARCHAR(200),
                      callback_masked VARCHAR(20),
                      device VARCHAR(64) NOT NULL,
                      rated_at BIGINT NOT NULL,
                      handled_by VARCHAR(64),
                      handled_note VARCHAR(1000),
                      handled_at BIGINT,
                      CONSTRAINT rating_pk PRIMARY KEY (id),
                      CONSTRAINT rating_once UNIQUE (subject_kind, subject_ref))""",
                    "CREATE INDEX rating_time ON rating (rated_at)",
                    """
                    CREATE TABLE feedback (
                      reference VARCHAR(20) NOT NULL,
                      category VARCHAR(12) NOT NULL,
                      body VARCHAR(2000) NOT NULL,
                      contact_sealed VARCHAR(200),
                      contact_masked VARCHAR(20),
                      device VARCHAR(64) NOT NULL,
                      submitted_at BIGINT NOT NULL,
                      handled_by VARCHAR(64),
                      handled_note VARCHAR(1000),
                      handled_at BIGINT,
                      CONSTRAINT feedback_pk PRIMARY KEY (reference))""",
                    "CREATE INDEX feedback_time ON feedback (submitted_at)")),
            // 工号: who called and served a ticket, as the counter page says; null when a window gave none.
            new Migration(6, "the staff id (工号) on calls and the tickets they serve", List.of(
                    "ALTER TABLE ticket ADD COLUMN staff_id VARCHAR(20)",
                    "ALTER TABLE ticket_event ADD COLUMN staff_id VARCHAR(20)")));

    private Migrations() {
    }

    /** The schema version this build expects. */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }
}
