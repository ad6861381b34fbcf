package org.hallkiosk.kiosk.progress;

import java.util.Objects;

/** What a receipt QR payload turned out to be. */
public sealed interface QrReading {

    /**
     * A receipt the kiosk can look up.
     *
     * @param rule the rule that recognised it: {@code url}, {@code regex} or {@code signed}
     */
    record Recognised(ReceiptKey key, String rule) implements QrReading {
        public Recognised {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * Not a receipt this kiosk knows ("无法识别的二维码").
     *
     * @param reason for the log: what was wrong, never the payload itself (it may hold someone's data)
     */
    record Unrecognised(String reason) implements QrReading {
        public Unrecognised {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
