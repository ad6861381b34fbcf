package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.privacy.IdentityKeyException;
import org.hallkiosk.privacy.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cases kept on the kiosk itself, in SQLite ({@code progress.db} in the data directory, WAL): filled by
 * {@code kioskctl progress import}, or in memory with the bundled demo cases. Each case is stored as its
 * {@link CaseJson} document (applicant already masked) with its query code and holder ID number as codes keyed by
 * the identity key file only. Portable SQL, so that a shared database could take its place.
 */
public final class LocalCaseStore implements CaseSource {

    /** The file name in the data directory. */
    public static final String FILE_NAME = "progress.db";

    private static final Logger LOG = LoggerFactory.getLogger(LocalCaseStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final String description;
    private final IdentityHash hash;

    /** How an import went. */
    public record ImportReport(int added, int replaced) {
        public int total() {
            return added + replaced;
        }
    }

    private LocalCaseStore(Connection db, String description, IdentityKey key) throws SQLException {
        this.db = db;
        this.description = description;
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS progress_meta (name VARCHAR(64) PRIMARY KEY, value VARCHAR(256) NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS progress_case ("
                    + "case_number VARCHAR(64) PRIMARY KEY, "
                    + "query_code_hash CHAR(64) NOT NULL, "
                    + "holder_hash CHAR(64), "
                    + "accepted_at VARCHAR(32), "
                    + "record_json TEXT NOT NULL, "
                    + "imported_at VARCHAR(32) NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS progress_case_holder ON progress_case (holder_hash)");
        }
        this.hash = new IdentityHash(key);
        checkKey();
    }

    /** Opens (creating if needed) the store in {@code file}, keyed by {@code identity.key} beside it. */
    public static LocalCaseStore open(Path file) throws CaseStoreException {
        Path absolute = file.toAbsolutePath();
        try {
            return open(file, IdentityKey.loadOrCreate(absolute.resolveSibling(IdentityKey.FILE_NAME)));
        } catch (IdentityKeyException e) {
            throw new CaseStoreException(e.getMessage(), e);
        }
    }

    /** Opens (creating if needed) the store in {@code file}, its codes keyed by {@code key}. */
    public static LocalCaseStore open(Path file, IdentityKey key) throws CaseStoreException {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
                OwnerOnly.directory(absolute.getParent());
            }
            // SQLite gives its -wal and -shm files the database file's permissions: make that one owner-only first.
            OwnerOnly.file(absolute);
            OwnerOnly.narrowIfPresent(Path.of(absolute + "-wal"));
            OwnerOnly.narrowIfPresent(Path.of(absolute + "-shm"));
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA secure_delete=ON"); // replaced cases are overwritten, not left in free pages
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=3000");
            }
            return new LocalCaseStore(c, "local SQLite " + absolute, key);
        } catch (SQLException | java.io.IOException e) {
            throw new CaseStoreException("cannot open the case store " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** A store that lives in memory only (the demo cases), keyed by a key that lives as long as the process. */
    public static LocalCaseStore inMemory(String description) throws CaseStoreException {
        try {
            return new LocalCaseStore(DriverManager.getConnection("jdbc:sqlite::memory:"), description, IdentityKey.ephemeral());
        } catch (SQLException e) {
            throw new CaseStoreException("cannot create an in-memory case store: " + e.getMessage(), e);
        }
    }

    /**
     * Records which key the codes are made with, and warns when the store was filled under another one (a lost or
     * replaced key file): its cases are found by receipt or ID card again only after a new import, so say so. A salt left
     * by an older version sat beside the codes it keyed; it is deleted.
     */
    private void checkKey() throws SQLException {
        try (Statement s = db.createStatement()) {
            if (s.executeUpdate("DELETE FROM progress_meta WHERE name = 'salt'") > 0) {
                LOG.warn("{}: the cases were imported by an older version whose codes could be reversed;"
                        + " run 'kioskctl progress import' again to find them by receipt or ID card", description);
            }
        }
        Optional<String> stored = Optional.empty();
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM progress_meta WHERE name = 'key'");
             ResultSet r = q.executeQuery()) {
            if (r.next()) {
                stored = Optional.of(r.getString(1));
            }
        }
        if (stored.isPresent() && !stored.get().equals(hash.keyFingerprint())) {
            LOG.warn("{}: the cases were imported under another identity key (was identity.key lost or replaced?);"
                    + " run 'kioskctl progress import' again to find them by receipt or ID card", description);
        }
    }

    /** True when the cases in the store were imported under the key in use (or the store is empty). */
    public synchronized boolean keyMatches() throws CaseStoreException {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM progress_meta WHERE name = 'key'");
             ResultSet r = q.executeQuery()) {
            return r.next() ? r.getString(1).equals(hash.keyFingerprint()) : count() == 0;
        } catch (SQLException e) {
            throw new CaseStoreException("cannot read " + description + ": " + e.getMessage(), e);
        }
    }

    /** Adds the cases, replacing any with the same case number; all or nothing. */
    public synchronized ImportReport importCases(List<ImportedCase> cases) throws CaseStoreException {
        int added = 0;
        int replaced = 0;
        String now = Instant.now().toString();
        java.util.Map<String, String> holderHashes = new java.util.HashMap<>(); // one slow hash per person, not per case
        try {
            db.setAutoCommit(false);
            try (PreparedStatement exists = db.prepareStatement("SELECT 1 FROM progress_case WHERE case_number = ?");
                 PreparedStatement delete = db.prepareStatement("DELETE FROM progress_case WHERE case_number = ?");
                 PreparedStatement insert = db.prepareStatement("INSERT INTO progress_case "
                         + "(case_number, query_code_hash, holder_hash, accepted_at, record_json, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ImportedCase c : cases) {
                    CaseRecord r = c.record();
                    exists.setString(1, r.caseNumber());
                    boolean known;
                    try (ResultSet rs = exists.executeQuery()) {
                        known = rs.next();
                    }
                    if (known) {
                        delete.setString(1, r.caseNumber());
                        delete.executeUpdate();
                        replaced++;
                    } else {
                        added++;
                    }
                    insert.setString(1, r.caseNumber());
                    insert.setString(2, hash.queryCode(r.caseNumber(), c.queryCode()));
                    Optional<String> holder = c.holderIdNumber().map(id -> holderHashes.computeIfAbsent(id, hash::holder));
                    insert.setString(3, holder.orElse(null));
                    insert.setString(4, r.acceptedAt().map(Object::toString).orElse(null));
                    insert.setString(5, JSON.writeValueAsString(CaseJson.write(r)));
                    insert.setString(6, now);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement k = db.prepareStatement("DELETE FROM progress_meta WHERE name = 'key'");
                 PreparedStatement ins = db.prepareStatement("INSERT INTO progress_meta (name, value) VALUES ('key', ?)")) {
                k.executeUpdate();
                ins.setString(1, hash.keyFingerprint());
                ins.executeUpdate();
            }
            db.commit();
            checkpoint();
            return new ImportReport(added, replaced);
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw new CaseStoreException("import into " + description + " failed, nothing was changed: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** Empties the write-ahead log so that replaced rows are gone from the {@code -wal} file too. */
    private void checkpoint() {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.debug("{}: checkpoint deferred: {}", description, e.getMessage());
        }
    }

    /** How many cases the store holds. */
    public synchronized int count() throws CaseStoreException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM progress_case")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new CaseStoreException("cannot read " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized CaseLookup byReceipt(ReceiptKey key) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT query_code_hash, record_json FROM progress_case WHERE case_number = ?")) {
            q.setString(1, key.caseNumber());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return new CaseLookup.NotFound();
                }
                if (!IdentityHash.same(r.getString(1), hash.queryCode(key.caseNumber(), key.queryCode()))) {
                    return new CaseLookup.NotFound();
                }
                return new CaseLookup.Found(List.of(CaseJson.read(JSON.readTree(r.getString(2)))));
            }
        } catch (SQLException | JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("case store lookup failed for case {}: {}", key.caseNumber(), e.getMessage());
            return new CaseLookup.Unavailable("the local case store cannot be read: " + e.getMessage());
        }
    }

    @Override
    public synchronized CaseLookup byHolder(String idNumber) {
        List<CaseRecord> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT record_json FROM progress_case WHERE holder_hash = ? "
                + "ORDER BY CASE WHEN accepted_at IS NULL THEN 1 ELSE 0 END DESC, accepted_at DESC, case_number")) {
            q.setString(1, hash.holder(idNumber));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(CaseJson.read(JSON.readTree(r.getString(1))));
                }
            }
        } catch (SQLException | JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("case store holder lookup failed: {}", e.getMessage());
            return new CaseLookup.Unavailable("the local case store cannot be read: " + e.getMessage());
        }
        return found.isEmpty() ? new CaseLookup.NotFound() : new CaseLookup.Found(found);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing {}: {}", description, e.getMessage());
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback of {} failed: {}", description, e.getMessage());
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.warn("{}: {}", description, e.getMessage());
        }
    }
}
