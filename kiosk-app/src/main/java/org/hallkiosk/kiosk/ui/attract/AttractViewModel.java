package org.hallkiosk.kiosk.ui.attract;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The attract loop's rotating announcements; the list is re-read each round so new content shows up. */
public final class AttractViewModel {

    private final Supplier<List<String>> announcements;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private int index = -1;

    public AttractViewModel(Supplier<List<String>> announcements) {
        this.announcements = announcements;
        next();
    }

    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows the next announcement, wrapping round. */
    public void next() {
        List<String> all = announcements.get();
        if (all.isEmpty()) {
            shown.set("");
            return;
        }
        index = (index + 1) % all.size();
        shown.set(all.get(index));
    }
}
