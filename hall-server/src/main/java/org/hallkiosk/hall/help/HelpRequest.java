package org.hallkiosk.hall.help;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor at a kiosk pressed 呼叫工作人员: which kiosk, where it stands, when, and who answered.
 *
 * @param id         the request's id, for acknowledging it
 * @param device     the kiosk's device name (from its token)
 * @param kiosk      the name the kiosk gave itself on screen (e.g. 1号机), else the device name
 * @param location   where the kiosk stands (大厅东侧), if it said
 * @param window     the window that acknowledged it, 0 while nobody has
 * @param staff      the staff id (工号) of who acknowledged it, if given
 */
public record HelpRequest(String id, String device, String kiosk, Optional<String> location, Instant at,
                          int window, Optional<String> staff, Optional<Instant> acknowledgedAt) {

    public HelpRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }

    /** Nobody has answered it yet. */
    public boolean open() {
        return acknowledgedAt.isEmpty();
    }

    HelpRequest acknowledged(int byWindow, Optional<String> byStaff, Instant when) {
        return new HelpRequest(id, device, kiosk, location, at, byWindow, byStaff, Optional.of(when));
    }
}
