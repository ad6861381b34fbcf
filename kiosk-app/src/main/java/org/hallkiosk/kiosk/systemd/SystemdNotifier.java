package org.hallkiosk.kiosk.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd how the kiosk is doing, as {@code sd_notify(3)} does: {@code READY=1} once the home screen shows,
 * {@code STATUS=} lines for {@code systemctl status}, {@code WATCHDOG=1} pings and {@code STOPPING=1}.
 *
 * <p>The message goes from the JVM itself over the datagram socket named by {@code NOTIFY_SOCKET}. Under the
 * kiosk's unit the JVM is a child of cage (the unit's main process), so the unit says {@code NotifyAccess=all};
 * spawning {@code systemd-notify} instead would send from a short-lived third process that systemd may fail to
 * attribute to the unit once it has exited, and would prove nothing about the JVM being alive.
 */
public final class SystemdNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);

    /** The variable systemd sets for a unit whose notifications it accepts. */
    public static final String NOTIFY_SOCKET = "NOTIFY_SOCKET";

    private final String socket;
    private final UnixDatagram datagram;
    private volatile boolean failing;

    SystemdNotifier(String socket, UnixDatagram datagram) {
        this.socket = socket;
        this.datagram = datagram;
    }

    /**
     * A notifier when systemd asked for notifications ({@code NOTIFY_SOCKET} set), else empty; also empty, with a
     * warning, where libc cannot be reached through JNA.
     */
    public static Optional<SystemdNotifier> fromEnvironment(Map<String, String> env) {
        String socket = env.get(NOTIFY_SOCKET);
        if (socket == null || socket.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SystemdNotifier(socket.strip(), UnixDatagram.load()));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.warn("systemd asked for notifications on {} but libc is not reachable through JNA ({}); "
                    + "the unit's watchdog will restart the kiosk", socket, e.getMessage());
            return Optional.empty();
        }
    }

    /** Sends the given {@code KEY=value} lines in one datagram; true when the socket took them. */
    public boolean send(String... assignments) {
        String message = String.join("\n", assignments);
        try {
            datagram.send(socket, message.getBytes(StandardCharsets.UTF_8));
            if (failing) {
                failing = false;
                LOG.info("systemd notifications reach {} again", socket);
            }
            return true;
        } catch (IOException e) {
            if (!failing) {
                failing = true; // one warning per outage, not one per watchdog ping
                LOG.warn("cannot notify systemd on {}: {}", socket, e.getMessage());
            }
            return false;
        }
    }

    /** {@code READY=1} with a status line. */
    public boolean ready(String status) {
        return send("READY=1", statusLine(status));
    }

    /** A status line for {@code systemctl status hallkiosk}. */
    public boolean status(String text) {
        return send(statusLine(text));
    }

    /** {@code STOPPING=1}: the kiosk is shutting down on purpose. */
    public boolean stopping() {
        return send("STOPPING=1");
    }

    /** One watchdog ping. */
    public boolean ping() {
        return send("WATCHDOG=1");
    }

    private static String statusLine(String text) {
        return "STATUS=" + text.replace('\n', ' ');
    }
}
