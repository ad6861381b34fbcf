package org.hallkiosk.queue;

/** The two databases every queue test runs on. */
public enum Backend {
    SQLITE,
    POSTGRESQL
}
