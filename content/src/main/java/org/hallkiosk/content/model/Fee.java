package org.hallkiosk.content.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One charge of an item (收费项目): amount in yuan with its unit (元/证, 元/件), the legal basis that sets it
 * (收费依据), and when it applies (e.g. 非住宅类) or who is exempt.
 */
public record Fee(String name, BigDecimal amount, String unit, String basis, String condition) {
    public Fee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
    }

    /** When this charge applies, if it does not always. */
    public Optional<String> conditionText() {
        return Optional.ofNullable(condition);
    }

    /** "20 元/证" — the amount without trailing zeros, then the unit. */
    public String display() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
