package org.hallkiosk.queue;

/** The queue database cannot be used (missing directory, locked too long, damaged); the message names the file and the fix. */
public final class QueueStoreException extends RuntimeException {

    public QueueStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public QueueStoreException(String message) {
        super(message);
    }
}
