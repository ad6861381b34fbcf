package org.hallkiosk.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceSession;

/**
 * The business lines of the hall's catalogue (lines.yaml) and their hours from hall.yaml and its holiday calendar.
 * Reads the catalogue on every call, so a content reload changes lines and hours without a restart.
 */
public final class CatalogueLines implements LineCatalogue {

    private final Supplier<Catalogue> catalogue;

    public CatalogueLines(Supplier<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<QueueLine> lines() {
        return catalogue.get().lines().stream().map(CatalogueLines::queueLine).toList();
    }

    @Override
    public List<OpenPeriod> hoursOn(QueueLine line, LocalDate day) {
        Catalogue c = catalogue.get();
        return c.line(line.prefix())
                .map(b -> c.sessionsOn(b, day).stream().map(CatalogueLines::period).toList())
                .orElse(List.of());
    }

    static QueueLine queueLine(BusinessLine b) {
        return new QueueLine(b.prefix(), b.name(), b.windows(), b.dailyQuota(), b.averageMinutes(),
                b.stopIssuingMinutesBefore(), b.noteText().orElse(""));
    }

    private static OpenPeriod period(ServiceSession s) {
        return new OpenPeriod(s.from(), s.to());
    }
}
