package org.hallkiosk.rating;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the visitor chose: a level, the reasons for a bad one, an optional text and an optional call-back number.
 * A bad level needs at least one reason; a good one takes none.
 */
public record RatingRequest(RatingLevel level, Set<BadReason> reasons, Optional<String> text, Optional<CallBack> callBack) {

    /** Longest text kept; more is refused, not cut. */
    public static final int MAX_TEXT = 500;

    public RatingRequest {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(callBack, "callBack");
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (level.isBad() && reasons.isEmpty()) {
            throw new RatingInputException(level.zh() + " needs at least one reason (" + level.en() + ": choose what went wrong)");
        }
        if (!level.isBad() && !reasons.isEmpty()) {
            throw new RatingInputException("reasons are for 不满意 and 非常不满意 only");
        }
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > MAX_TEXT) {
            throw new RatingInputException("the text has more than " + MAX_TEXT + " characters");
        }
    }

    /** A good rating with nothing more. */
    public static RatingRequest of(RatingLevel level) {
        return new RatingRequest(level, Set.of(), Optional.empty(), Optional.empty());
    }
}
