package org.hallkiosk.content.load;

import java.util.List;
import java.util.Optional;

/**
 * The parsed, schema-valid documents of one content set. A file that is missing, unparsable or fails its
 * schema is absent here, so later checks do not pile follow-up errors onto a problem already reported.
 *
 * @param itemCodesSeen upper-cased codes of every item file that parsed, valid or not, so a line naming an
 *                      item whose file has a schema error is not reported a second time as unknown
 * @param complete      true when every file parsed and passed its schema (only then is a catalogue built)
 */
public record ContentDocuments(Optional<ParsedFile> hall, Optional<ParsedFile> departments,
                               Optional<ParsedFile> themes, Optional<ParsedFile> lines,
                               Optional<ParsedFile> announcements, List<ParsedFile> items, java.util.Set<String> itemCodesSeen,
                               boolean complete) {
    public ContentDocuments {
        items = List.copyOf(items);
        itemCodesSeen = java.util.Set.copyOf(itemCodesSeen);
    }
}
