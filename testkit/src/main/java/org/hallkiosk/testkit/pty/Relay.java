package org.hallkiosk.testkit.pty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The copying loops behind a {@link PtyPair} and a {@link PtyTcpBridge}, each on a daemon thread of its own. */
final class Relay {

    private static final int BUFFER = 4096;

    private Relay() {
    }

    /** Copies from one master to the other until {@code stop} fires. */
    static Thread start(String name, Pty from, Pty to, Wakeup stop) {
        return daemon(name, () -> {
            byte[] buffer = new byte[BUFFER];
            try {
                int n;
                while ((n = from.readMaster(buffer, stop)) > 0) {
                    if (!to.writeMaster(buffer, 0, n, stop)) {
                        return;
                    }
                }
            } catch (IOException e) {
                report(name, e);
            }
        });
    }

    /** Copies a socket's input into a master until the peer closes or {@code stop} fires; then fires {@code done}. */
    static Thread fromStream(String name, InputStream in, Pty to, Wakeup stop, Wakeup done) {
        return daemon(name, () -> {
            byte[] buffer = new byte[BUFFER];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (!to.writeMaster(buffer, 0, n, stop)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the socket closed under us: the connection is over, as when the peer closes it
            } finally {
                done.signal();
            }
        });
    }

    /** Copies a master's output to a socket on the calling thread until {@code stop} or {@code done} fires. */
    static void toStream(Pty from, OutputStream out, Wakeup stop, Wakeup done) {
        byte[] buffer = new byte[BUFFER];
        try {
            int n;
            while ((n = from.readMaster(buffer, stop, done)) > 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the peer went away while we wrote: the connection is over
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void report(String name, IOException e) {
        System.err.println(name + ": relay stopped: " + e.getMessage());
    }
}
