package org.hallkiosk.kiosk.progress;

import java.util.List;
import java.util.Objects;

/** What a {@link CaseSource} answers. */
public sealed interface CaseLookup {

    /** One case for a receipt; the holder's cases, newest first, for an ID number. Never empty. */
    record Found(List<CaseRecord> cases) implements CaseLookup {
        public Found {
            cases = List.copyOf(cases);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("Found needs at least one case; use NotFound");
            }
        }
    }

    /**
     * No such case, or the query code does not match, or the holder has no cases. The two receipt cases are not told
     * apart on purpose: a kiosk must not confirm that a case number exists to someone without its code.
     */
    record NotFound() implements CaseLookup {
    }

    /**
     * The source could not answer (backend down, timed out, answered nonsense).
     *
     * @param reason for the technician and the log; never shown to visitors and free of personal data
     */
    record Unavailable(String reason) implements CaseLookup {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
