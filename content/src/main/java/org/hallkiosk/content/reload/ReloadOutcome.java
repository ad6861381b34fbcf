package org.hallkiosk.content.reload;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hallkiosk.content.validate.Problem;

/** The result of one reload attempt, as listeners and the admin screen see it. */
public sealed interface ReloadOutcome {

    /** When the attempt finished. */
    Instant at();

    /** The snapshot in force after the attempt. */
    ContentSnapshot current();

    /** New content was valid and is now in force; {@code current().warnings()} lists its warnings. */
    record Applied(ContentSnapshot current, Instant at) implements ReloadOutcome {
        public Applied {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(at, "at");
        }
    }

    /** New content had errors: it was refused and {@code current} (the last good content) stays in force. */
    record Rejected(List<Problem> problems, ContentSnapshot current, Instant at) implements ReloadOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(at, "at");
        }

        /** The errors only (the problems also hold warnings). */
        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /** The files are byte-for-byte what is already in force; nothing was rebuilt. */
    record Unchanged(ContentSnapshot current, Instant at) implements ReloadOutcome {
        public Unchanged {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(at, "at");
        }
    }
}
