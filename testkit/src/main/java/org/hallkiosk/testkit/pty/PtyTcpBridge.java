package org.hallkiosk.testkit.pty;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A serial device server in this process, as {@code socat pty,raw,echo=0,link=device tcp-listen:PORT} makes one: a
 * pseudo-terminal whose slave a simulator opens at {@link #devicePath()}, and a loopback TCP port whose connections
 * are copied to and from it byte for byte. It listens on an ephemeral port before {@link #start} returns and serves
 * one connection at a time. {@link #close()} drops the connection and the PTY, as a device server losing power.
 */
public final class PtyTcpBridge implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Path devicePath;
    private final Pty pty;
    private final ServerSocket server;
    private final Wakeup stop;
    private final Thread acceptor;
    private Socket connection;
    private boolean closed;

    private PtyTcpBridge(Path devicePath, Pty pty, ServerSocket server, Wakeup stop) {
        this.devicePath = devicePath;
        this.pty = pty;
        this.server = server;
        this.stop = stop;
        this.acceptor = new Thread(this::serve, "pty-tcp " + server.getLocalPort() + " <-> " + pty.slavePath());
        acceptor.setDaemon(true);
    }

    /** Makes the PTY with its symlink at {@code devicePath} and listens on 127.0.0.1 at an ephemeral port. */
    public static PtyTcpBridge start(Path devicePath) throws IOException {
        Files.createDirectories(devicePath.toAbsolutePath().getParent());
        Pty pty = Pty.open();
        try {
            PtyPair.link(devicePath, pty.slavePath());
            ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            PtyTcpBridge bridge = new PtyTcpBridge(devicePath, pty, server, new Wakeup());
            bridge.acceptor.start();
            return bridge;
        } catch (IOException | RuntimeException e) {
            pty.close();
            Files.deleteIfExists(devicePath);
            throw e;
        }
    }

    /** The end a simulator opens. */
    public Path devicePath() {
        return devicePath;
    }

    /** The loopback port a {@code tcp:127.0.0.1:PORT} link connects to. */
    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (true) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return;
            }
            if (!adopt(socket)) {
                return;
            }
            try (Socket s = socket; Wakeup done = new Wakeup()) {
                Thread in = Relay.fromStream(getName() + " in", s.getInputStream(), pty, stop, done);
                Relay.toStream(pty, s.getOutputStream(), stop, done);
                s.close();
                in.join(STOP_WAIT.toMillis());
            } catch (IOException e) {
                // the connection broke while starting: wait for the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String getName() {
        return acceptor.getName();
    }

    private synchronized boolean adopt(Socket socket) {
        if (closed) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket we never used
            }
            return false;
        }
        connection = socket;
        return true;
    }

    /** Stops listening, drops the connection and closes the PTY; its symlink goes away. Safe to call twice. */
    @Override
    public void close() {
        Socket current;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            current = connection;
        }
        stop.signal();
        try {
            server.close();
            if (current != null) {
                current.close();
            }
        } catch (IOException e) {
            // closing: nothing to recover
        }
        try {
            acceptor.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pty.close();
        stop.close();
        PtyPair.deleteQuietly(devicePath);
    }
}
