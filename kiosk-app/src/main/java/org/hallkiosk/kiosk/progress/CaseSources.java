package org.hallkiosk.kiosk.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Opens the case source that kiosk.yaml's {@code progress.source} names. */
public final class CaseSources {

    private CaseSources() {
    }

    /** The configured source; {@code dataDirectory} holds the local store's file. */
    public static CaseSource open(ProgressSettings settings, Path dataDirectory, Clock clock) throws CaseStoreException {
        return switch (settings.source()) {
            case DEMO -> DemoCases.store(LocalDate.now(clock), clock.getZone());
            case LOCAL -> LocalCaseStore.open(dataDirectory.resolve(LocalCaseStore.FILE_NAME));
            case HTTP -> new HttpCaseSource(settings.http().orElseThrow(), clock.getZone());
        };
    }

    /** The inquiry over the configured source, counting working days with {@code workingDays}. */
    public static CaseInquiry inquiry(ProgressSettings settings, Path dataDirectory, Clock clock, WorkingDays workingDays)
            throws CaseStoreException {
        return new CaseInquiry(open(settings, dataDirectory, clock), new ReceiptQrReader(settings.qrRules()),
                settings.idCardLookup(), workingDays, clock);
    }
}
