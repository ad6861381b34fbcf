package org.hallkiosk.kiosk.queue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.queue.QueueLine;

/**
 * What the catalogue says about a queue line beyond what the queue needs: its English name and note, and where its
 * windows are. Looked up by prefix each time, so an edited lines.yaml shows at once; a line the catalogue does not
 * know (a hall server's own line) keeps the queue's Chinese name and no place.
 */
public final class LineContent {

    private final Supplier<List<BusinessLine>> lines;

    public LineContent(Supplier<List<BusinessLine>> lines) {
        this.lines = lines;
    }

    /** No catalogue: names from the queue, no places. */
    public static LineContent none() {
        return new LineContent(List::of);
    }

    public Optional<BusinessLine> line(String prefix) {
        return lines.get().stream().filter(l -> l.prefix().equals(prefix)).findFirst();
    }

    /** The line's name in the visitor's language (English falls back to Chinese). */
    public String name(QueueLine line, boolean english) {
        return line(line.prefix()).map(l -> l.name(english)).orElse(line.name());
    }

    /** The line's note in the visitor's language, if it has one. */
    public Optional<String> note(QueueLine line, boolean english) {
        Optional<BusinessLine> content = line(line.prefix());
        if (content.isPresent()) {
            return content.get().noteText(english);
        }
        return line.note().isBlank() ? Optional.empty() : Optional.of(line.note());
    }

    /** Floor and zone of the line's windows, if lines.yaml says. */
    public Optional<LinePlace> place(String prefix) {
        return line(prefix).flatMap(l -> l.floorNumber().map(f -> new LinePlace(f, l.zoneName())));
    }
}
