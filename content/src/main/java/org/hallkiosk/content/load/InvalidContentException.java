package org.hallkiosk.content.load;

import java.util.List;
import org.hallkiosk.content.validate.Problem;

/** Thrown when content that must be valid (the bundled set, or an explicit load) has errors. */
public final class InvalidContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> errors;

    /** Content from {@code source} has these errors. */
    public InvalidContentException(String source, List<Problem> errors) {
        super("内容有 " + errors.size() + " 处错误（" + source + "）" + (errors.isEmpty() ? "" : "，第一处：" + errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in file order. */
    public List<Problem> errors() {
        return errors;
    }
}
