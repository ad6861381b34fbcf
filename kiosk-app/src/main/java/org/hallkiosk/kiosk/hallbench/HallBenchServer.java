package org.hallkiosk.kiosk.hallbench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.hallkiosk.hall.HallConfig;
import org.hallkiosk.hall.HallServer;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.FixedLineCatalogue;
import org.hallkiosk.queue.OpenPeriod;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;

/**
 * The hall server the bench starts as a second process: {@code --db URL --key FILE}, on a free loopback port, with
 * {@link #LINES} bench lines that no rule closes (no quota, open all day, 20 windows of one minute) and a clock that
 * reads 10:00 in the hall when it starts, so the hour of the run does not matter. Prints {@code LISTENING port
 * kioskToken counterToken} and runs until its standard input closes or it is killed.
 */
public final class HallBenchServer {

    /** Lines BA, BB, …: issues go round them, so a long run never reaches one line's 8,999 online numbers. */
    static final int LINES = 8;
    static final List<Integer> WINDOWS = IntStream.rangeClosed(1, 20).boxed().toList();

    private HallBenchServer() {
    }

    static List<QueueLine> lines() {
        List<QueueLine> out = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            out.add(new QueueLine("B" + (char) ('A' + i), "压测 " + (i + 1), WINDOWS, 0, 1, 0));
        }
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        String db = null;
        Path key = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--key" -> key = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("options: --db URL --key FILE");
            }
        }
        if (db == null || key == null) {
            throw new IllegalArgumentException("options: --db URL --key FILE");
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ZonedDateTime now = ZonedDateTime.now(zone);
        Clock clock = Clock.offset(Clock.system(zone), Duration.between(now, now.with(LocalTime.of(10, 0))));
        QueueDatabase database = QueueDatabase.open(db);
        QueueServices queue = QueueServices.on(database,
                new FixedLineCatalogue(lines(), List.of(new OpenPeriod(LocalTime.MIN, LocalTime.of(23, 59))), true),
                QueueSettings.defaults(), clock, "hall", IdentityKey.loadOrCreate(key));
        DeviceRegistry devices = new DeviceRegistry(database, new DeviceTokens(new SecureRandom()), clock);
        String kiosk = devices.add("bench-kiosk", Role.KIOSK).token();
        String counter = devices.add("bench-counter", Role.COUNTER).token();
        HallServer server = HallServer.start(new HallConfig("127.0.0.1", 0, db, Optional.empty(), QueueDatabase.DEFAULT_POOL_SIZE),
                queue, devices, clock);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("LISTENING " + server.port() + " " + kiosk + " " + counter);
        CountDownLatch stop = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the bench keeps our standard input open while it needs us
                }
            } catch (java.io.IOException e) {
                // closed
            }
            stop.countDown();
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stop.await();
        server.close();
        queue.close();
    }
}
