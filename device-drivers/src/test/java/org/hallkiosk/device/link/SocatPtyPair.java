package org.hallkiosk.device.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PTY pair made by {@code socat}: whatever is written to {@link #hostPath()} comes out of
 * {@link #devicePath()} and back. Drivers open the host end, simulators the device end.
 *
 * <p>{@link #unplug()} kills socat (both PTYs vanish, the symlinks dangle) and {@link #replug()} starts
 * a new socat at the same symlink paths, as a USB adapter being pulled and put back. {@link #close()}
 * kills socat and must run in teardown; use it in try-with-resources or {@code @AfterEach}.
 *
 * <pre>{@code
 * try (SocatPtyPair pty = SocatPtyPair.start(tempDir)) {
 *     ByteLink driverSide = new SerialLink(LinkSpec.Serial.of(pty.hostPath().toString()));
 *     ByteLink simulatorSide = new SerialLink(LinkSpec.Serial.of(pty.devicePath().toString()));
 * }
 * }</pre>
 */
public final class SocatPtyPair implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(10);

    private final Path hostPath;
    private final Path devicePath;
    private final Path logFile;
    private Process socat;

    private SocatPtyPair(Path dir) {
        this.hostPath = dir.resolve("host");
        this.devicePath = dir.resolve("device");
        this.logFile = dir.resolve("socat.log");
    }

    /** Starts socat with symlinks {@code dir/host} and {@code dir/device} and waits until both PTYs exist. */
    public static SocatPtyPair start(Path dir) throws IOException {
        Files.createDirectories(dir);
        SocatPtyPair pair = new SocatPtyPair(dir);
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

    public boolean isRunning() {
        return socat != null && socat.isAlive();
    }

    /** Kills socat as a pulled cable would: both PTYs go away and the symlinks are left dangling. */
    public void unplug() {
        Process p = socat;
        socat = null;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a new socat at the same symlink paths (killing a running one first) and waits for the PTYs. */
    public void replug() throws IOException {
        unplug();
        Files.deleteIfExists(hostPath);
        Files.deleteIfExists(devicePath);
        ProcessBuilder builder = new ProcessBuilder(List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + hostPath, "pty,raw,echo=0,link=" + devicePath));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            socat = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start socat (install it: apt-get install -y socat): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!(Files.exists(hostPath) && Files.exists(devicePath))) {
            if (!socat.isAlive()) {
                throw new IOException("socat exited with " + socat.exitValue() + "; see " + logFile);
            }
            if (System.nanoTime() > deadline) {
                unplug();
                throw new IOException("socat did not create " + hostPath + " and " + devicePath + " within " + STARTUP);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unplug();
                throw new IOException("interrupted while waiting for socat", e);
            }
        }
    }

    /** Kills socat; safe to call more than once. */
    @Override
    public void close() {
        unplug();
    }
}
