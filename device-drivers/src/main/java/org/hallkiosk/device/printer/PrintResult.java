package org.hallkiosk.device.printer;

import java.util.List;
import java.util.Objects;

/** The outcome of one print: printed (perhaps with warnings), or failed with a reason. */
public sealed interface PrintResult {

    boolean printed();

    /** The receipt went out; {@code warnings} such as paper near end still need attention. */
    record Printed(int bytesSent, List<PrintWarning> warnings) implements PrintResult {
        public Printed {
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean printed() {
            return true;
        }
    }

    /** The receipt did not (fully) print; {@code detail} is technical English for logs and kioskctl. */
    record Failed(PrintFailure reason, String detail) implements PrintResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean printed() {
            return false;
        }

        /** {@code 缺纸 / paper out: detail}. */
        public String describe() {
            return reason.bilingual() + (detail.isEmpty() ? "" : ": " + detail);
        }
    }
}
