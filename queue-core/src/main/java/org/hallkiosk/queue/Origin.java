package org.hallkiosk.queue;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who asked for a ticket: the kiosk (device) and, from a hall's kiosks, the request id it chose, so that a retry
 * after a timeout gets the same ticket back instead of a second number.
 *
 * @param device    the kiosk's id (its device name in a hall)
 * @param requestId the client's id of this request, unique per device; empty for the kiosk's own local queue
 */
public record Origin(String device, Optional<String> requestId) {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    public Origin {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(requestId, "requestId");
        if (device.isBlank() || device.length() > 64) {
            throw new IllegalArgumentException("a device name is 1 to 64 characters");
        }
        requestId.ifPresent(id -> {
            if (!REQUEST_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a request id is 8 to 64 letters, digits or . _ : - (a UUID will do), not '" + id + "'");
            }
        });
    }

    /** A kiosk issuing on its own database: no request id needed, nothing is retried over a network. */
    public static Origin local(String kioskId) {
        return new Origin(kioskId, Optional.empty());
    }

    /** A hall kiosk's request. */
    public static Origin of(String device, String requestId) {
        return new Origin(device, Optional.of(requestId));
    }
}
