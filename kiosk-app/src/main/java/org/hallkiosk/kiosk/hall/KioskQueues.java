package org.hallkiosk.kiosk.hall;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.ManagedDevice;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.queue.KioskQueue;
import org.hallkiosk.kiosk.queue.LocalKioskQueue;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;

/** Opens the kiosk's queue as kiosk.yaml's {@code queue.mode} says: its own queue.db, or the hall server. */
public final class KioskQueues {

    private KioskQueues() {
    }

    /** The configured mode. */
    public static QueueMode mode(KioskConfig config) {
        return config.section(QueueMode.class);
    }

    /** The kiosk's own database in {@code dataDir} (in hall mode it keeps the leases and offline tickets). */
    public static QueueServices local(KioskConfig config, Path dataDir, LineCatalogue lines, Clock clock) {
        return QueueServices.open(dataDir, lines, config.section(QueueSettings.class), clock, config.kioskId());
    }

    /** The queue for a command or the screens, in the configured mode. */
    public static KioskQueue open(KioskConfig config, Path dataDir, LineCatalogue lines, Clock clock) {
        QueueServices local = local(config, dataDir, lines, clock);
        return mode(config).hall() ? HallKioskQueue.open(local, mode(config), config.kioskId(), clock) : localMode(local);
    }

    /**
     * {@code queue.mode: local} on {@code local}: first drops the copies a hall mode left for reprinting (kiosk id
     * {@code hall}), which would otherwise be called at this kiosk's counters and hold numbers its own numbering needs.
     */
    public static LocalKioskQueue localMode(QueueServices local) {
        local.db().write(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM ticket WHERE kiosk_id = 'hall'");
            }
            return null;
        });
        return new LocalKioskQueue(local);
    }

    /**
     * In hall mode, the {@link HallLink} device that watches the server (and owns the hall queue the screens use);
     * nothing in local mode.
     */
    public static List<DeviceKind> deviceKinds(KioskConfig config, Path dataDir, Supplier<LineCatalogue> lines, Clock clock) {
        QueueMode mode = mode(config);
        if (!mode.hall()) {
            return List.of();
        }
        return List.of(new DeviceKind() {
            @Override
            public String name() {
                return HallLink.NAME;
            }

            @Override
            public Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context) {
                return Optional.of(new HallLink(mode.url().orElseThrow().toString(),
                        () -> HallKioskQueue.open(local(config, dataDir, lines.get(), clock), mode, config.kioskId(), clock)));
            }
        });
    }
}
