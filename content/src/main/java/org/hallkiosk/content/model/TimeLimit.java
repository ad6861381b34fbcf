package org.hallkiosk.content.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statutory (法定) or promised (承诺) time limit: an amount with its unit, e.g. "3 工作日", "60 自然日"
 * or "即办". {@code note} carries what the plain number cannot say (extensions, what is not counted).
 */
public record TimeLimit(int amount, TimeUnit unit, String note) {

    private static final Pattern TEXT = Pattern.compile("\\s*(?:(即办)|([1-9][0-9]{0,3})\\s*(工作日|自然日))\\s*");

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (unit == TimeUnit.ON_THE_SPOT) {
            amount = 0;
        } else if (amount <= 0) {
            throw new IllegalArgumentException("a time limit in " + unit.label() + " needs a positive amount, got " + amount);
        }
    }

    /** Finished on the spot (即办). */
    public static TimeLimit onTheSpot() {
        return new TimeLimit(0, TimeUnit.ON_THE_SPOT, null);
    }

    /** Parses the content-file form: "即办", "3 工作日", "60自然日". Empty when the text is not one of these. */
    public static Optional<TimeLimit> parse(String text, String note) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(new TimeLimit(0, TimeUnit.ON_THE_SPOT, note));
        }
        return Optional.of(new TimeLimit(Integer.parseInt(m.group(2)), TimeUnit.ofLabel(m.group(3)).orElseThrow(), note));
    }

    /** Optional note text (说明). */
    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    /** How the limit is printed: "即办" or "3 个工作日" style without the note. */
    public String display() {
        return unit == TimeUnit.ON_THE_SPOT ? "即办" : amount + " 个" + unit.label();
    }

    @Override
    public String toString() {
        return unit == TimeUnit.ON_THE_SPOT ? "即办" : amount + " " + unit.label();
    }
}
