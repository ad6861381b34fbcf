package org.hallkiosk.testkit.pty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Two pseudo-terminals joined back to back, as {@code socat pty,raw,echo=0,link=host pty,raw,echo=0,link=device}
 * makes them, but in this process: whatever is written to {@link #hostPath()} comes out of {@link #devicePath()} and
 * back, byte for byte. Drivers open the host end, simulators the device end; both are real {@code /dev/pts/N} slaves
 * in raw mode, reached through symlinks in the given folder.
 *
 * <p>{@link #unplug()} closes both masters, as a pulled USB adapter: the slaves vanish with their symlinks and
 * whoever holds them reads a hang-up. {@link #replug()} makes new pseudo-terminals at the same symlink paths.
 * {@link #close()} unplugs; use try-with-resources or {@code @AfterEach}.
 *
 * <pre>{@code
 * try (PtyPair pty = PtyPair.start(tempDir)) {
 *     ByteLink driverSide = new SerialLink(LinkSpec.Serial.of(pty.hostPath().toString()));
 *     ByteLink simulatorSide = new SerialLink(LinkSpec.Serial.of(pty.devicePath().toString()));
 * }
 * }</pre>
 */
public final class PtyPair implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Path hostPath;
    private final Path devicePath;
    private Plugged plugged;

    private PtyPair(Path dir) {
        this.hostPath = dir.resolve("host");
        this.devicePath = dir.resolve("device");
    }

    /** Makes the pair with symlinks {@code dir/host} and {@code dir/device}; both exist when this returns. */
    public static PtyPair start(Path dir) throws IOException {
        Files.createDirectories(dir);
        PtyPair pair = new PtyPair(dir);
        pair.replug();
        return pair;
    }

    /** The end a driver opens, e.g. as {@code serial:<hostPath>}. */
    public Path hostPath() {
        return hostPath;
    }

    /** The end a simulator opens. */
    public Path devicePath() {
        return devicePath;
    }

    /** {@code serial:<hostPath>?baud=...} with the given baud rate. */
    public String hostSpec(int baud) {
        return "serial:" + hostPath + "?baud=" + baud;
    }

    /** True between {@link #start}/{@link #replug()} and {@link #unplug()}. */
    public synchronized boolean isPlugged() {
        return plugged != null;
    }

    /** Closes both masters as a pulled cable would: the slaves and both symlinks go away. */
    public synchronized void unplug() {
        Plugged p = plugged;
        plugged = null;
        if (p != null) {
            p.close();
            deleteQuietly(hostPath);
            deleteQuietly(devicePath);
        }
    }

    /** Makes new pseudo-terminals at the same symlink paths (unplugging first if plugged). */
    public synchronized void replug() throws IOException {
        unplug();
        Pty host = Pty.open();
        Pty device;
        try {
            device = Pty.open();
        } catch (IOException e) {
            host.close();
            throw e;
        }
        Plugged p = new Plugged(host, device);
        try {
            link(hostPath, host.slavePath());
            link(devicePath, device.slavePath());
        } catch (IOException e) {
            p.close();
            throw e;
        }
        plugged = p;
    }

    /** Unplugs; safe to call more than once. */
    @Override
    public void close() {
        unplug();
    }

    /** Points {@code link} at {@code target}, replacing whatever is there in one rename. */
    static void link(Path link, Path target) throws IOException {
        Path tmp = link.resolveSibling(link.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target);
        Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }

    /** Two plugged-in PTYs and the two threads that copy between their masters. */
    private static final class Plugged {

        private final Pty host;
        private final Pty device;
        private final Wakeup stop;
        private final List<Thread> relays = new ArrayList<>();

        Plugged(Pty host, Pty device) throws IOException {
            this.host = host;
            this.device = device;
            this.stop = new Wakeup();
            relays.add(Relay.start("pty " + host.slavePath() + " -> " + device.slavePath(), host, device, stop));
            relays.add(Relay.start("pty " + device.slavePath() + " -> " + host.slavePath(), device, host, stop));
        }

        void close() {
            stop.signal();
            for (Thread relay : relays) {
                try {
                    relay.join(STOP_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            host.close();
            device.close();
            stop.close();
        }
    }
}
