package org.hallkiosk.hall;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;

/**
 * The hall server on its own, without kioskctl: {@code java -cp ... org.hallkiosk.hall.HallMain --db URL [--port N]
 * [--host H] [--content DIR]}. Prints {@code LISTENING <port>} once it accepts requests, and runs until killed.
 * Operators use {@code kioskctl hall serve}, which reads kiosk.yaml; this entry point is for a bare JVM (the crash
 * tests start it as a separate process). {@code HALLKIOSK_NOW} fixes the clock as for kioskctl.
 */
public final class HallMain {

    private HallMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String db = null;
        int port = HallConfig.DEFAULT_PORT;
        String host = "0.0.0.0";
        Optional<Path> content = Optional.empty();
        Optional<Path> key = Optional.empty();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--content" -> content = Optional.of(Path.of(args[i + 1]));
                case "--key" -> key = Optional.of(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --db URL --port N --host H --content DIR --key FILE");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db jdbc:postgresql://HOST/DB or --db jdbc:sqlite:/path/hall.db is required");
        }
        Clock clock = clock(System.getenv("HALLKIOSK_NOW"));
        CatalogueHolder catalogue = content.map(CatalogueHolder::open).orElseGet(CatalogueHolder::bundled);
        QueueDatabase database = QueueDatabase.open(db);
        // The hall's identity key keys visitors' codes (docs/privacy.md): beside a SQLite file, or named by --key.
        Path keyFile = key.or(database::keyFile).orElseThrow(() -> new IllegalArgumentException(
                "--key FILE is required with a PostgreSQL database: the hall's identity.key (created if missing)"));
        QueueServices queue = QueueServices.on(database, new CatalogueLines(() -> catalogue.current().catalogue()),
                QueueSettings.defaults(), clock, "hall", IdentityKey.loadOrCreate(keyFile));
        DeviceRegistry devices = new DeviceRegistry(database, new DeviceTokens(new SecureRandom()), clock);
        HallServer server = HallServer.start(new HallConfig(host, port, db, Optional.empty(), QueueDatabase.DEFAULT_POOL_SIZE),
                queue, devices, clock);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("LISTENING " + server.port());
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            queue.close();
            catalogue.close();
        }));
        forever.await();
    }

    /** The system clock, or the fixed {@code HALLKIOSK_NOW} (e.g. 2026-11-27T09:30:00+08:00) whose offset is the hall's. */
    static Clock clock(String now) {
        if (now == null || now.isBlank()) {
            return Clock.system(ZoneId.systemDefault());
        }
        OffsetDateTime at = OffsetDateTime.parse(now.strip());
        return Clock.fixed(at.toInstant(), at.getOffset());
    }
}
