package org.hallkiosk.kiosk.hall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;
import org.hallkiosk.testkit.net.TcpProxy;

/**
 * A real hall server in this JVM on SQLite or a fresh PostgreSQL schema, on a free port, behind a {@link TcpProxy}
 * whose cut plays the network failing; and kiosks in hall mode that reach it through the proxy, each with its own
 * queue.db and the hall's identity key.
 */
public final class TestHall implements AutoCloseable {

    /** One kiosk in hall mode: what its screens issue through, and the link its status lamp watches. */
    public record Kiosk(HallKioskQueue queue, HallLink link) {
    }

    public final TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
    public final LineCatalogue lines;
    private final Path dir;
    private final TestDatabases dbs;
    private final TestDatabases.Place place;
    private final List<Kiosk> kiosks = new ArrayList<>();
    private QueueServices hall;
    private DeviceRegistry devices;
    private HallServer server;
    private int port;
    private TcpProxy proxy;
    private String counterToken;

    /** Lines A and B of {@link QueueFixture}, open all day. */
    public TestHall(Backend backend, Path dir) {
        this(backend, dir, List.of(QueueFixture.A, QueueFixture.B));
    }

    public TestHall(Backend backend, Path dir, List<QueueLine> served) {
        this.dir = dir;
        this.lines = new FixedLineCatalogue(served, List.of(new OpenPeriod(LocalTime.of(0, 0), LocalTime.of(23, 59))), true);
        this.dbs = new TestDatabases(backend, dir);
        this.place = dbs.place();
        startServer();
        counterToken = devices.add("window-03", Role.COUNTER).token();
        try {
            proxy = TcpProxy.to("127.0.0.1", server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again, on the same port after {@link #stopServer()}). */
    public void startServer() {
        QueueDatabase db = QueueDatabase.open(place.url(), QueueDatabase.Durability.NORMAL, 4);
        hall = QueueServices.on(db, lines, QueueSettings.defaults(), clock, "hall", place.key());
        devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()), clock);
        server = HallServer.start(new HallConfig("127.0.0.1", port, place.url(), Optional.empty(), 4), hall, devices, clock);
        port = server.port();
    }

    /** Stops the server process's work: its port closes, its database is closed. */
    public void stopServer() {
        server.close();
        hall.close();
        server = null;
    }

    /** The hall's queue on the server's side. */
    public QueueServices hall() {
        return hall;
    }

    public TcpProxy proxy() {
        return proxy;
    }

    /** The server's address through the proxy. */
    public URI url() {
        return proxy.uri();
    }

    /** A counter's token. */
    public String counterToken() {
        return counterToken;
    }

    /** A new kiosk device's token. */
    public String kioskToken(String name) {
        return devices.add(name, Role.KIOSK).token();
    }

    /** {@code kioskctl hall device revoke NAME}. */
    public void revoke(String name) {
        devices.revoke(name);
    }

    /** A counter's client, through the proxy. */
    public HallClient counter() {
        return HallClient.of(url(), counterToken, Duration.ofSeconds(5));
    }

    /** A kiosk named {@code name} in hall mode, with its own data directory, leasing {@code leaseSize} numbers at a time. */
    public Kiosk kiosk(String name, int leaseSize) {
        Path data = dir.resolve(name);
        try {
            Files.createDirectories(data);
            // one identity key for the hall: the same card gives the same code at every kiosk and on the server
            Files.copy(place.keyFile(), data.resolve(place.keyFile().getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QueueMode mode = new QueueMode(QueueMode.Kind.HALL, Optional.of(url()), kioskToken(name), Duration.ofSeconds(2), leaseSize);
        QueueServices local = QueueServices.open(data, lines, QueueSettings.defaults(), clock, name);
        HallKioskQueue queue = HallKioskQueue.open(local, mode, name, clock);
        Kiosk k = new Kiosk(queue, new HallLink(url().toString(), () -> queue));
        kiosks.add(k);
        return k;
    }

    @Override
    public void close() {
        kiosks.forEach(k -> k.link().close());
        proxy.close();
        if (server != null) {
            stopServer();
        }
        dbs.close();
    }
}
