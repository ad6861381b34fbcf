package org.hallkiosk.hall.device;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallkiosk.queue.QueueDatabase;

/**
 * The hall's devices in the queue database: add one (its token is returned once), list, revoke, and find the
 * device a request's token belongs to. Revoking takes effect on the next request: tokens are looked up every time.
 */
public final class DeviceRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final QueueDatabase db;
    private final DeviceTokens tokens;
    private final Clock clock;

    public DeviceRegistry(QueueDatabase db, DeviceTokens tokens, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Adds a device; a revoked device's name can be given to a new device. */
    public NewDevice add(String name, Role role) {
        if (!NAME.matcher(name).matches()) {
            throw new DeviceException("a device name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
                    + " (e.g. kiosk-east-1, window-03, display-hall); not '" + name + "'");
        }
        String token = tokens.next();
        Instant now = clock.instant();
        db.write(c -> {
            Optional<Device> existing = one(c, "name = ?", name);
            if (existing.isPresent() && existing.get().active()) {
                throw new DeviceException("a device named " + name + " exists already (" + existing.get().role().label()
                        + "); revoke it first or choose another name");
            }
            if (existing.isPresent()) {
                update(c, "DELETE FROM device WHERE name = ?", name);
            }
            update(c, "INSERT INTO device (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)",
                    name, role.label(), DeviceTokens.hash(token), now.toEpochMilli());
            return null;
        });
        return new NewDevice(new Device(name, role, now, Optional.empty()), token);
    }

    /** Every device, revoked ones too, by name. */
    public List<Device> list() {
        return db.read(c -> list(c, "1 = 1 ORDER BY name"));
    }

    /** Revokes a device: its token stops working at once. */
    public Device revoke(String name) {
        Instant now = clock.instant();
        return db.write(c -> {
            Device d = one(c, "name = ?", name).orElseThrow(() -> new DeviceException("no device named " + name
                    + "; see kioskctl hall device list"));
            if (!d.active()) {
                return d;
            }
            update(c, "UPDATE device SET revoked_at = ? WHERE name = ?", now.toEpochMilli(), name);
            return new Device(d.name(), d.role(), d.createdAt(), Optional.of(now));
        });
    }

    /** The active device holding {@code token}. */
    public Optional<Device> authenticate(String token) {
        if (token == null || !token.startsWith(DeviceTokens.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = DeviceTokens.hash(token);
        return db.read(c -> one(c, "token_hash = ? AND revoked_at IS NULL", hash));
    }

    private static Optional<Device> one(Connection c, String where, Object... args) throws SQLException {
        List<Device> all = list(c, where, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<Device> list(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT name, role, created_at, revoked_at FROM device WHERE " + where)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                List<Device> out = new ArrayList<>();
                while (r.next()) {
                    long revoked = r.getLong(4);
                    Optional<Instant> revokedAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
                    out.add(new Device(r.getString(1), Role.of(r.getString(2)), Instant.ofEpochMilli(r.getLong(3)), revokedAt));
                }
                return out;
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long n) {
                p.setLong(i + 1, n);
            } else {
                p.setString(i + 1, args[i].toString());
            }
        }
    }
}
