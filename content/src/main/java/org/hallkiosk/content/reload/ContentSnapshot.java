package org.hallkiosk.content.reload;

import java.util.List;
import java.util.Objects;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.search.SearchIndex;
import org.hallkiosk.content.validate.Problem;

/**
 * What the kiosk reads at any moment: a catalogue, the search index built from that same catalogue, and the
 * warnings its load produced. Catalogue and index are swapped together, so a search never returns an item
 * from another version than the one on screen.
 */
public record ContentSnapshot(Catalogue catalogue, SearchIndex search, List<Problem> warnings) {
    public ContentSnapshot {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(search, "search");
        warnings = List.copyOf(warnings);
    }

    /** A snapshot of {@code catalogue} with a freshly built index. */
    public static ContentSnapshot of(Catalogue catalogue, List<Problem> warnings) {
        return new ContentSnapshot(catalogue, SearchIndex.of(catalogue), warnings);
    }
}
