package org.hallkiosk.kiosk.progress;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The bundled demo cases (one or more in every status), moved by whole weeks to the week of {@code today} so that
 * a demo reads the same on any date: the same weekdays, working days left and overdue cases.
 */
public final class DemoCases {

    /** The bundled file, in the import format. */
    public static final String RESOURCE = "/org/hallkiosk/kiosk/progress/demo-cases.yaml";
    /** The demo receipt's QR payload: the first demo case, in the default URL rule's format. */
    public static final String RECEIPT_QR =
            "https://zwfw.example.gov.cn/bjcx?sblsh=11440106MB2D06811W4000117051000202611200008&cxmm=246810";
    /** A demo case with a short case number, for keypad demonstrations: under review and overdue. */
    public static final ReceiptKey KEYPAD_CASE = new ReceiptKey("44010600ZJ-XK-0158", "135790");

    private DemoCases() {
    }

    /** The demo cases as of {@code today}. */
    public static List<ImportedCase> load(LocalDate today, ZoneId zone) {
        CaseFile.Contents contents;
        try (InputStream in = DemoCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo cases " + RESOURCE + " are missing from the build");
            }
            contents = new CaseFile(zone).read(RESOURCE, in, true);
        } catch (IOException | CaseFileException e) {
            throw new IllegalStateException("the bundled demo cases cannot be read: " + e.getMessage(), e);
        }
        LocalDate reference = contents.referenceDate().orElse(today);
        long weeks = ChronoUnit.WEEKS.between(reference, today);
        if (today.isBefore(reference) && ChronoUnit.DAYS.between(today, reference) % 7 != 0) {
            weeks--; // round towards the past so the reference weekday stays in or before today's week
        }
        long days = weeks * 7;
        return contents.cases().stream().map(c -> shift(c, days)).toList();
    }

    /** A store in memory holding the demo cases. */
    public static LocalCaseStore store(LocalDate today, ZoneId zone) throws CaseStoreException {
        LocalCaseStore store = LocalCaseStore.inMemory("demo cases (bundled, in memory)");
        store.importCases(load(today, zone));
        return store;
    }

    private static ImportedCase shift(ImportedCase c, long days) {
        if (days == 0) {
            return c;
        }
        CaseRecord r = c.record();
        List<CaseStep> steps = r.steps().stream()
                .map(s -> new CaseStep(s.name(), s.department(), s.time().map(t -> t.plusDays(days)), s.result(), s.note()))
                .toList();
        CaseRecord moved = new CaseRecord(r.caseNumber(), r.itemName(), r.itemCode(), r.department(), r.maskedApplicant(),
                r.acceptedAt().map(t -> t.plusDays(days)), r.promisedDate().map(d -> d.plusDays(days)), r.status(),
                r.statusNote(), r.correctionDeadline().map(d -> d.plusDays(days)), steps, r.pickup(), r.overdue());
        return new ImportedCase(moved, c.queryCode(), c.holderIdNumber());
    }
}
