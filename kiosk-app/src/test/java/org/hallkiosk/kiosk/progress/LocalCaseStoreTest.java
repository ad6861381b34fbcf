package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCaseStoreTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);
    static final String LI_SI = "110101199003071137";

    @TempDir
    Path dir;

    @Test
    void findsACaseByItsReceiptAndOnlyWithTheRightCode() throws Exception {
        try (LocalCaseStore store = LocalCaseStore.open(dir.resolve("progress.db"))) {
            store.importCases(DemoCases.load(REFERENCE, ZONE));
            CaseLookup found = store.byReceipt(DemoCases.KEYPAD_CASE);
            assertThat(found).isInstanceOf(CaseLookup.Found.class);
            CaseRecord c = ((CaseLookup.Found) found).cases().get(0);
            assertThat(c.caseNumber()).isEqualTo("44010600ZJ-XK-0158");
            assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
            assertThat(c.maskedApplicant()).isEqualTo("陈*");
            assertThat(c.steps()).extracting(CaseStep::name).containsExactly("受理", "审查");

            assertThat(store.byReceipt(new ReceiptKey("44010600ZJ-XK-0158", "135791"))).isInstanceOf(CaseLookup.NotFound.class);
            assertThat(store.byReceipt(new ReceiptKey("44010600ZJ-XK-9999", "135790"))).isInstanceOf(CaseLookup.NotFound.class);
        }
    }

    @Test
    void findsAHoldersCasesByTheirIdNumberNewestFirst() throws Exception {
        try (LocalCaseStore store = LocalCaseStore.open(dir.resolve("progress.db"))) {
            store.importCases(DemoCases.load(REFERENCE, ZONE));
            CaseLookup found = store.byHolder(LI_SI);
            assertThat(found).isInstanceOf(CaseLookup.Found.class);
            List<CaseRecord> cases = ((CaseLookup.Found) found).cases();
            assertThat(cases).extracting(CaseRecord::status).containsExactly(
                    CaseStatus.SUBMITTED, CaseStatus.AWAITING_PICKUP, CaseStatus.UNDER_REVIEW, CaseStatus.MAILED);
            assertThat(store.byHolder(LI_SI.toLowerCase() + " ")).isInstanceOf(CaseLookup.Found.class);
            assertThat(store.byHolder("11010519491231002X")).isInstanceOf(CaseLookup.NotFound.class);
        }
    }

    @Test
    void theFileHoldsNoNameIdNumberOrQueryCode() throws Exception {
        Path db = dir.resolve("progress.db");
        try (LocalCaseStore store = LocalCaseStore.open(db)) {
            store.importCases(DemoCases.load(REFERENCE, ZONE));
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains("44010600ZJ-XK-0158"); // the data is there …
        assertThat(all).doesNotContain(LI_SI, "440106195208150066", "李四", "欧阳娜娜", "张王丽华", "\"135790\"", "246810");
    }

    @Test
    void reimportReplacesCasesAndSurvivesReopening() throws Exception {
        Path db = dir.resolve("progress.db");
        try (LocalCaseStore store = LocalCaseStore.open(db)) {
            LocalCaseStore.ImportReport first = store.importCases(DemoCases.load(REFERENCE, ZONE));
            assertThat(first.added()).isEqualTo(first.total()).isGreaterThanOrEqualTo(12);
            LocalCaseStore.ImportReport again = store.importCases(DemoCases.load(REFERENCE, ZONE));
            assertThat(again.replaced()).isEqualTo(first.total());
            assertThat(again.added()).isZero();
        }
        try (LocalCaseStore reopened = LocalCaseStore.open(db)) {
            assertThat(reopened.byReceipt(DemoCases.KEYPAD_CASE)).isInstanceOf(CaseLookup.Found.class);
            assertThat(reopened.byHolder(LI_SI)).isInstanceOf(CaseLookup.Found.class);
        }
    }

    @Test
    void usesWriteAheadLogging() throws Exception {
        Path db = dir.resolve("progress.db");
        try (LocalCaseStore store = LocalCaseStore.open(db)) {
            store.importCases(DemoCases.load(REFERENCE, ZONE));
            assertThat(dir.resolve("progress.db-wal")).exists();
        }
    }

    @Test
    void aClosedStoreAnswersUnavailableInsteadOfThrowing() throws Exception {
        LocalCaseStore store = LocalCaseStore.open(dir.resolve("progress.db"));
        store.close();
        assertThat(store.byReceipt(DemoCases.KEYPAD_CASE)).isInstanceOf(CaseLookup.Unavailable.class);
        assertThat(store.byHolder(LI_SI)).isInstanceOf(CaseLookup.Unavailable.class);
    }
}
