package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.TlsSettings;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.hall.device.DeviceException;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.NewDevice;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.hall.HallSettings;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.queue.JdbcUrls;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.QueueStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl hall}: run the hall server, and manage the devices (kiosks, counters, displays) that use it. */
@Command(name = "hall", mixinStandardHelpOptions = true,
        description = {"The hall server: one queue for every kiosk, counter and display of the hall (docs/hall.md).",
            "Database: --db, else hall.database in kiosk.yaml, else SQLite at $HALLKIOSK_HOME/hall.db."},
        subcommands = {HallCommand.Serve.class, HallCommand.DeviceCommand.class, HallBenchCommand.class})
public final class HallCommand implements Runnable {

    /** The file name of the embedded database in the data directory. */
    public static final String DATABASE_FILE = "hall.db";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The database URL: the option, else kiosk.yaml, else hall.db in the data directory. */
    static String databaseUrl(CommandSpec spec, String option, HallSettings settings) {
        if (option != null && !option.isBlank()) {
            Dialects.check(option);
            return option;
        }
        return settings.database().orElseGet(() ->
                "jdbc:sqlite:" + KioskCtl.of(spec).dataDirectory().root().resolve(DATABASE_FILE));
    }

    static QueueDatabase open(String url) {
        try {
            return QueueDatabase.open(url);
        } catch (QueueStoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** Runs the server until stopped (Ctrl+C, or the service manager). */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Run the hall server: HTTP/JSON API under /api/v1/, OpenAPI at /api/v1/openapi.json, events at /api/v1/events.",
                "Lines and hours come from the catalogue (content.dir), queue rules from the queue: section of kiosk.yaml."})
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", description = "TCP port (default: hall.port in kiosk.yaml, else 8480; 0 picks a free one).")
        Integer port;

        @Option(names = "--host", paramLabel = "ADDRESS", description = "Listen address (default: hall.host, else 0.0.0.0; 127.0.0.1 behind a proxy).")
        String host;

        @Option(names = "--db", paramLabel = "JDBC-URL", description = "e.g. jdbc:postgresql://db.hall.lan/hallkiosk?user=hall (default: hall.database, else $HALLKIOSK_HOME/hall.db).")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskCtl ctl = KioskCtl.of(spec);
            KioskConfig config = ctl.config();
            HallSettings settings = config.section(HallSettings.class);
            String url = databaseUrl(spec, db, settings);
            Clock clock = ctl.clock();
            CatalogueHolder content = KioskAssembly.content(config, clock);
            QueueDatabase database = open(url);
            // Visitors' codes are keyed by the hall's identity key in this machine's data directory (docs/privacy.md).
            QueueServices queue = QueueServices.on(database, new CatalogueLines(() -> content.current().catalogue()),
                    config.section(QueueSettings.class), clock, "hall",
                    IdentityKey.loadOrCreate(database.keyFile().orElse(ctl.dataDirectory().root().resolve(IdentityKey.FILE_NAME))));
            DeviceRegistry devices = new DeviceRegistry(database, new DeviceTokens(new SecureRandom()), clock);
            Optional<TlsSettings> tls = settings.keystore().map(k -> {
                if (!Files.isReadable(k)) {
                    throw new CommandFailure("hall.tls.keystore " + k + " is not a readable file");
                }
                return new TlsSettings(k, settings.keystorePassword());
            });
            HallServer server;
            try {
                server = HallServer.start(new HallConfig(host != null ? host : settings.host(), port != null ? port : settings.port(),
                        url, tls, QueueDatabase.DEFAULT_POOL_SIZE), queue, devices, clock);
            } catch (IllegalStateException e) {
                queue.close();
                content.close();
                throw new CommandFailure(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("hall server listening on " + server.uri() + " (database " + JdbcUrls.withoutSecrets(url) + ")");
            out.println("API: " + server.uri() + "/api/v1/   OpenAPI: " + server.uri() + "/api/v1/openapi.json   stop: Ctrl+C");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                server.close();
                queue.close();
                content.close();
                stopped.countDown();
            }, "hall-server-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped from inside the JVM (tests): close as the shutdown hook would.
                Runtime.getRuntime().removeShutdownHook(hook);
                hook.run();
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    /** {@code kioskctl hall device ...}. */
    @Command(name = "device", mixinStandardHelpOptions = true,
            description = {"The hall's devices. Each kiosk, counter and display has its own name and token; the server keeps only",
                "a hash of the token, so a lost token is replaced (revoke, add again), never recovered."},
            subcommands = {Add.class, ListDevices.class, Revoke.class})
    static final class DeviceCommand implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The database options every device command shares. */
    abstract static class DeviceAction implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "JDBC-URL", description = "The hall's database (default: hall.database, else $HALLKIOSK_HOME/hall.db).")
        String db;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskCtl ctl = KioskCtl.of(spec);
            String url = databaseUrl(spec, db, ctl.config().section(HallSettings.class));
            try (QueueDatabase database = open(url)) {
                DeviceRegistry devices = new DeviceRegistry(database, new DeviceTokens(new SecureRandom()), ctl.clock());
                return act(devices, spec.commandLine().getOut());
            } catch (DeviceException | IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
        }

        abstract int act(DeviceRegistry devices, PrintWriter out);
    }

    /** Adds a device and prints its token once. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a device and print its token. The token is shown this once: put it in the device's",
                "kiosk.yaml (queue.hall.token) or the counter/display page's login."})
    static final class Add extends DeviceAction {
        @Parameters(paramLabel = "NAME", description = "e.g. kiosk-east-1, window-03, display-hall")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "kiosk (issues), counter (calls) or display (shows).")
        String role;

        @Override
        int act(DeviceRegistry devices, PrintWriter out) {
            NewDevice d = devices.add(name, Role.of(role));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", d.device().name());
                m.put("role", d.device().role().label());
                m.put("token", d.token());
                out.println(QueueCommand.toJson(m));
            } else {
                out.println("added " + d.device().role().label() + " " + d.device().name());
                out.println("token (shown only now): " + d.token());
            }
            return 0;
        }
    }

    /** Lists devices. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the hall's devices (tokens are never shown again).")
    static final class ListDevices extends DeviceAction {
        @Override
        int act(DeviceRegistry devices, PrintWriter out) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Device d : devices.list()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", d.name());
                m.put("role", d.role().label());
                m.put("created", DateTimeFormatter.ISO_INSTANT.format(d.createdAt()));
                m.put("revoked", d.revokedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null));
                rows.add(m);
            }
            if (json) {
                out.println(QueueCommand.toJson(rows));
                return 0;
            }
            if (rows.isEmpty()) {
                out.println("no devices yet: kioskctl hall device add NAME --role kiosk|counter|display");
            }
            for (Device d : devices.list()) {
                out.printf("%-24s %-8s %s%n", d.name(), d.role().label(), d.active() ? "active" : "revoked " + d.revokedAt().orElseThrow());
            }
            return 0;
        }
    }

    /** Revokes a device. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a device: its token stops working at once.")
    static final class Revoke extends DeviceAction {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int act(DeviceRegistry devices, PrintWriter out) {
            Device d = devices.revoke(name);
            out.println("revoked " + d.role().label() + " " + d.name());
            return 0;
        }
    }

    /** Checks a --db option early, with the same message as the database would give. */
    private static final class Dialects {
        static void check(String url) {
            try {
                org.hallkiosk.queue.Dialect.of(url);
            } catch (QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }
}
