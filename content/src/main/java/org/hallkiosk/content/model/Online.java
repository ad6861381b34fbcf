package org.hallkiosk.content.model;

import java.util.Optional;

/**
 * Whether an item can be handled online (是否网办), how deeply (网上办理深度 I–IV) and where. Without an own
 * URL the hall's portal URL template applies.
 */
public record Online(boolean available, String depth, String url) {

    /** Not available online. */
    public static Online unavailable() {
        return new Online(false, null, null);
    }

    /** Depth level I–IV, if stated. */
    public Optional<String> depthLevel() {
        return Optional.ofNullable(depth);
    }

    /** The item's own online URL, if it has one. */
    public Optional<String> ownUrl() {
        return Optional.ofNullable(url);
    }
}
