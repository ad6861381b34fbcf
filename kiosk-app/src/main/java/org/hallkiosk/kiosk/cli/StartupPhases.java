package org.hallkiosk.kiosk.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Marks the phases of start-up so that the {@code ready in N ms} line says where the time went. */
final class StartupPhases {

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> phases = new ArrayList<>();
    private long last = jvmStart;

    /** Ends the phase called {@code name} now. */
    synchronized void mark(String name) {
        long now = System.currentTimeMillis();
        phases.add(name + " " + (now - last));
        last = now;
    }

    /** Milliseconds since the JVM started. */
    long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStart;
    }

    synchronized String summary() {
        return String.join(", ", phases);
    }
}
