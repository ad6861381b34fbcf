package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCasesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void coverEveryPublicStatus() {
        Set<CaseStatus> statuses = DemoCases.load(LocalDate.of(2026, 11, 27), ZONE).stream()
                .map(c -> c.record().status()).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
        assertThat(statuses).containsExactlyInAnyOrder(CaseStatus.values());
    }

    @Test
    void coverEveryPickupMethodAndAnOverdueCase() {
        List<ImportedCase> cases = DemoCases.load(LocalDate.of(2026, 11, 27), ZONE);
        assertThat(cases).extracting(c -> c.record().pickup().getClass().getSimpleName()).contains(
                "AtWindow", "ByPost", "Electronic", "NotSet");
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(cases).anyMatch(c -> Deadline.of(c.record(), today, WorkingDays.mondayToFriday()) instanceof Deadline.Overdue);
        assertThat(cases).anyMatch(c -> Deadline.of(c.record(), today, WorkingDays.mondayToFriday()) instanceof Deadline.OnTime);
    }

    @Test
    void masksNamesOfTwoThreeAndFourCharactersAndCompoundSurnames() {
        List<String> masked = DemoCases.load(LocalDate.of(2026, 11, 27), ZONE).stream().map(c -> c.record().maskedApplicant()).toList();
        assertThat(masked).contains("李*", "张*", "王*明", "张*华", "欧阳*娜", "欧阳*");
        assertThat(masked).doesNotContain("李四", "张伟", "王小明", "张王丽华", "欧阳娜娜", "欧阳锋");
    }

    @Test
    void moveByWholeWeeksToTheCurrentWeek() {
        LocalDate later = LocalDate.of(2027, 3, 10); // a Wednesday, 14 weeks and 5 days after the reference Friday
        ImportedCase first = DemoCases.load(later, ZONE).get(0);
        ImportedCase original = DemoCases.load(LocalDate.of(2026, 11, 27), ZONE).get(0);
        LocalDate promised = first.record().promisedDate().orElseThrow();
        assertThat(promised.getDayOfWeek()).isEqualTo(original.record().promisedDate().orElseThrow().getDayOfWeek());
        assertThat(promised).isAfter(later.minusDays(7)).isBefore(later.plusDays(14));
        assertThat(first.record().acceptedAt().orElseThrow().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        LocalDate earlier = LocalDate.of(2026, 11, 25); // before the reference: dates move back a week
        assertThat(DemoCases.load(earlier, ZONE).get(0).record().promisedDate().orElseThrow())
                .isEqualTo(original.record().promisedDate().orElseThrow().minusWeeks(1));
    }

    @Test
    void theDemoReceiptQrFindsTheFirstCase() throws Exception {
        try (CaseInquiry inquiry = new CaseInquiry(DemoCases.store(LocalDate.of(2026, 11, 27), ZONE),
                new ReceiptQrReader(ProgressSettings.defaults().qrRules()), true, WorkingDays.mondayToFriday(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T01:30:00Z"), ZONE))) {
            CaseInquiry.Answer a = inquiry.byQr(DemoCases.RECEIPT_QR);
            assertThat(a).isInstanceOf(CaseInquiry.Answer.Cases.class);
            CaseRecord c = ((CaseInquiry.Answer.Cases) a).cases().get(0);
            assertThat(c.itemName()).startsWith("不动产转移登记");
            assertThat(inquiry.deadline(c)).isEqualTo(new Deadline.OnTime(LocalDate.of(2026, 12, 4), 5));
        }
    }
}
