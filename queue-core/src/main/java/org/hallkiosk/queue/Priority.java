package org.hallkiosk.queue;

/**
 * Why a ticket is called before others. Priority changes the calling order, never the number:
 * a higher rank is called first, equal ranks in the order they joined the line.
 */
public enum Priority {
    NORMAL(0),
    /** The visitor's card shows an age at or above the configured threshold. */
    ELDER(1),
    /** Checked in for a booking within its slot and margin. */
    APPOINTMENT(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("no priority of rank " + rank);
    }
}
