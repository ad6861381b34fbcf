package org.hallkiosk.device.link;

import java.io.IOException;

/** A failure on a byte link; {@link Disconnected} means the peer is gone and the link must be reopened. */
public class LinkException extends IOException {

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The other end went away: unplugged, socket closed, PTY peer exited. */
    public static final class Disconnected extends LinkException {
        public Disconnected(String message) {
            super(message);
        }

        public Disconnected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
