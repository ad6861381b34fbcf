package org.hallkiosk.content.search;

import java.util.Objects;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.ServiceItem;

/** One search result: the item, its department, why it matched and the text that matched. */
public record SearchHit(ServiceItem item, Department department, MatchKind kind, String matchedText) {
    public SearchHit {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matchedText, "matchedText");
    }
}
