package org.hallkiosk.device.manager;

import java.util.Objects;

/** A device's state as the manager last saw it. */
public sealed interface DeviceState {

    Health health();

    /** Why it is not OK (or a note when it is), for admin screens and {@code kioskctl devices status}. */
    String reason();

    /** Works; {@code note} may say something worth knowing, e.g. that status cannot be read on this link. */
    record Ok(String note) implements DeviceState {
        public Ok {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public Health health() {
            return Health.OK;
        }

        @Override
        public String reason() {
            return note;
        }
    }

    /** Works, but staff should act (paper near end). */
    record Degraded(String reason) implements DeviceState {
        public Degraded {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Health health() {
            return Health.DEGRADED;
        }
    }

    /** Cannot be used now: unplugged, no answer, paper out, cover open... */
    record Offline(String reason) implements DeviceState {
        public Offline {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Health health() {
            return Health.OFFLINE;
        }
    }

    /** Before the first check. */
    DeviceState UNKNOWN = new Offline("not checked yet");

    static DeviceState ok() {
        return new Ok("");
    }
}
