package org.hallkiosk.device.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/** A TCP connection to a network printer or serial server (raw port 9100 and the like). */
public final class TcpLink implements ByteLink {

    private final LinkSpec.Tcp spec;
    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private volatile Socket socket;

    public TcpLink(LinkSpec.Tcp spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String spec() {
        return spec.text();
    }

    @Override
    public void open() throws LinkException {
        synchronized (stateLock) {
            if (socket != null) {
                return;
            }
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.setKeepAlive(true);
                s.connect(new InetSocketAddress(spec.host(), spec.port()), (int) spec.connectTimeout().toMillis());
            } catch (SocketTimeoutException e) {
                closeSocket(s);
                throw new LinkException.Disconnected("no answer from " + spec.host() + ":" + spec.port()
                        + " within " + spec.connectTimeout().toMillis() + " ms", e);
            } catch (IOException e) {
                closeSocket(s);
                throw new LinkException.Disconnected("cannot connect to " + spec.host() + ":" + spec.port() + ": " + e.getMessage(), e);
            }
            socket = s;
        }
    }

    @Override
    public boolean isOpen() {
        Socket s = socket;
        return s != null && s.isConnected() && !s.isClosed();
    }

    @Override
    public void write(byte[] data) throws LinkException {
        synchronized (writeLock) {
            Socket s = requireOpen();
            try {
                OutputStream out = s.getOutputStream();
                out.write(data);
                out.flush();
            } catch (IOException e) {
                dropAfterFailure(s);
                throw new LinkException.Disconnected(spec.host() + ":" + spec.port() + " went away while writing: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        synchronized (readLock) {
            Socket s = requireOpen();
            if (buffer.length == 0) {
                return 0;
            }
            try {
                InputStream in = s.getInputStream();
                long ms = timeout.toMillis();
                if (ms <= 0) {
                    int available = in.available();
                    if (available <= 0) {
                        return 0;
                    }
                    return readOnce(s, in, buffer, Math.min(available, buffer.length));
                }
                // A configured read timeout caps how long any single wait may last.
                long cap = spec.readTimeout().isZero() ? ms : Math.min(ms, spec.readTimeout().toMillis());
                s.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, cap)));
                return readOnce(s, in, buffer, buffer.length);
            } catch (SocketTimeoutException e) {
                return 0;
            } catch (LinkException e) {
                throw e;
            } catch (IOException e) {
                dropAfterFailure(s);
                throw new LinkException.Disconnected(spec.host() + ":" + spec.port() + " went away: " + e.getMessage(), e);
            }
        }
    }

    private int readOnce(Socket s, InputStream in, byte[] buffer, int length) throws IOException {
        int n = in.read(buffer, 0, length);
        if (n < 0) {
            dropAfterFailure(s);
            throw new LinkException.Disconnected(spec.host() + ":" + spec.port() + " closed the connection");
        }
        return n;
    }

    @Override
    public void drain() throws LinkException {
        // TCP has no portable "sent" signal; flush() in write() is as far as the host can tell.
        requireOpen();
    }

    @Override
    public void close() {
        synchronized (stateLock) {
            Socket s = socket;
            socket = null;
            if (s != null) {
                closeSocket(s);
            }
        }
    }

    private Socket requireOpen() throws LinkException {
        Socket s = socket;
        if (s == null) {
            throw new LinkException.Disconnected(spec.host() + ":" + spec.port() + " is not connected");
        }
        return s;
    }

    private void dropAfterFailure(Socket failed) {
        synchronized (stateLock) {
            if (socket == failed) {
                socket = null;
            }
        }
        closeSocket(failed);
    }

    private static void closeSocket(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a broken socket has nothing left to report
        }
    }
}
