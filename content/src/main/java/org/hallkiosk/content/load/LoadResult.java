package org.hallkiosk.content.load;

import java.util.List;
import java.util.Optional;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.validate.Problem;

/**
 * What a load produced: the catalogue when there were no errors, and every problem found (errors and
 * warnings, in file order) either way.
 */
public record LoadResult(Optional<Catalogue> catalogue, List<Problem> problems, String source) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** True when there is a catalogue (warnings allowed, no errors). */
    public boolean isValid() {
        return catalogue.isPresent();
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The catalogue, or an {@link InvalidContentException} listing the errors. */
    public Catalogue orThrow() {
        return catalogue.orElseThrow(() -> new InvalidContentException(source, errors()));
    }
}
