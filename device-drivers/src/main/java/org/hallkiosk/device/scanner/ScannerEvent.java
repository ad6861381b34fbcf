package org.hallkiosk.device.scanner;

import java.util.Objects;

/** What a scanner reports: a code, or input that was refused. */
public sealed interface ScannerEvent {

    /** A complete code, surrounding whitespace trimmed. */
    record CodeScanned(String code) implements ScannerEvent {
        public CodeScanned {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Input that is not a usable code (e.g. too long); the reason is safe to show and log. */
    record CodeRejected(String reason) implements ScannerEvent {
        public CodeRejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
