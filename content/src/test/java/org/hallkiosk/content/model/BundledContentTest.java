package org.hallkiosk.content.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hallkiosk.content.ContentFixture;
import org.hallkiosk.content.load.LoadResult;
import org.hallkiosk.content.validate.Problem;
import org.junit.jupiter.api.Test;

/** The content shipped in the jar: big enough, complete, and only the warnings it is known to carry. */
class BundledContentTest {

    private final LoadResult result = ContentFixture.loader().loadBundled();
    private final Catalogue c = result.orThrow();

    @Test
    void loadsWithOnlyTheKnownWarnings() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Problem::file)
                .containsExactlyInAnyOrder("hall.yaml", "items/jg-jiashizheng-huanzheng.yaml");
    }

    @Test
    void isARealisticDistrictCentre() {
        assertThat(c.hall().name()).isEqualTo("示例区政务服务中心");
        assertThat(c.items()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(c.departments()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(c.itemsFor(Audience.PERSON)).isNotEmpty();
        assertThat(c.itemsFor(Audience.LEGAL_PERSON)).isNotEmpty();
        assertThat(c.departments()).allSatisfy(d -> assertThat(c.itemsOf(d)).as(d.name()).isNotEmpty());
    }

    @Test
    void containsEveryItemOfTheReference() {
        List<String> names = c.items().stream().map(ServiceItem::name).toList();
        assertThat(names).contains("公司设立登记", "个体工商户设立登记", "食品经营许可（新办）", "居民身份证换领", "户口迁移（迁入）",
                "社会保障卡申领", "住房公积金提取（购买自住住房）", "不动产转移登记（买卖）", "结婚登记", "出生医学证明（首次签发）",
                "机动车驾驶证期满换证", "建设工程规划许可证核发");
    }

    @Test
    void everyItemHasALineAndEveryFeeABasis() {
        for (ServiceItem i : c.items()) {
            assertThat(c.lineFor(i)).as(i.name()).isPresent();
            i.fees().charges().forEach(f -> assertThat(f.basis()).isNotBlank());
            i.materials().forEach(m -> assertThat(m.originals() + m.copies()).as(m.name()).isPositive());
        }
    }

    @Test
    void referenceFactsAreCarriedAsConfirmed() {
        ServiceItem transfer = c.items().stream().filter(i -> i.name().equals("不动产转移登记（买卖）")).findFirst().orElseThrow();
        assertThat(transfer.timeLimits().statutory()).contains(new TimeLimit(30, TimeUnit.WORKING_DAYS,
                transfer.timeLimits().statutory().orElseThrow().note()));
        assertThat(transfer.fees().charges()).extracting(Fee::display).contains("80 元/件", "550 元/件", "10 元/本");
        assertThat(transfer.type().name()).isEqualTo("行政确认");

        ServiceItem company = c.item("99010100sj-xk-0001").orElseThrow();
        assertThat(company.basicCodeValue()).contains("00013112700401");
        assertThat(company.fees().free()).isTrue();

        ServiceItem marriage = c.items().stream().filter(i -> i.name().equals("结婚登记")).findFirst().orElseThrow();
        assertThat(marriage.timeLimits().promised().unit()).isEqualTo(TimeUnit.ON_THE_SPOT);
        assertThat(marriage.materials()).anySatisfy(m -> assertThat(m.originals()).isEqualTo(3));

        ServiceItem licence = c.items().stream().filter(i -> i.name().startsWith("机动车驾驶证")).findFirst().orElseThrow();
        assertThat(licence.fees().stated()).as("no basis confirmed for the 10 元 fee, so it is left out").isFalse();
    }

    @Test
    void linesPhonesAndUrlsResolve() {
        ServiceItem transfer = c.items().stream().filter(i -> i.name().startsWith("不动产转移")).findFirst().orElseThrow();
        BusinessLine b = c.lineFor(transfer).orElseThrow();
        assertThat(b.prefix()).isEqualTo("B");
        assertThat(b.windowsDisplay()).isEqualTo("7-10");
        assertThat(b.dailyQuota()).isEqualTo(80);
        ServiceItem dibao = c.item("99010100MZ-JF-0004").orElseThrow();
        assertThat(c.lineFor(dibao).orElseThrow().prefix()).as("named explicitly, beats 民政 → F").isEqualTo("A");
        assertThat(c.itemsOf(c.line("F").orElseThrow())).doesNotContain(dibao);
        assertThat(c.phonesFor(transfer)).isEqualTo(new Phones("12345", "12345"));
        assertThat(c.onlineUrl(transfer)).isEqualTo("https://zwfw.example.org/guide?code=99010100BD-QR-0001");
        assertThat(b.floorNumber()).contains(1);
        assertThat(b.zoneName()).contains("B");
        assertThat(b.name(true)).isEqualTo("Real Estate Registration");
        assertThat(c.line("C").orElseThrow().noteText(true)).as("no note in either language").isEmpty();
        assertThat(c.line("F").orElseThrow().noteText(true).orElseThrow()).startsWith("Both partners");
        assertThat(c.hall().name(true)).isEqualTo("Example District Government Service Center");
        assertThat(c.hall().name(false)).isEqualTo("示例区政务服务中心");
        assertThat(c.hall().portal().booking()).contains("https://zwfw.example.org/yuyue");
    }

    @Test
    void sessionsFollowTheCalendar() {
        BusinessLine f = c.line("F").orElseThrow();
        assertThat(c.hallSessionsOn(LocalDate.of(2026, 10, 1))).as("国庆节").isEmpty();
        assertThat(c.hallSessionsOn(LocalDate.of(2026, 10, 10))).as("Saturday make-up day").hasSize(2);
        assertThat(c.hallSessionsOn(LocalDate.of(2026, 10, 17))).as("ordinary Saturday").isEmpty();
        assertThat(c.sessionsOn(f, LocalDate.of(2026, 6, 2))).first()
                .satisfies(s -> assertThat(s.to()).isEqualTo(LocalTime.of(11, 30)));
        assertThat(c.sessionsOn(f, LocalDate.of(2026, 10, 1))).isEmpty();
    }

    @Test
    void announcementsPinnedFirstAndThemesPerAudience() {
        List<Announcement> today = c.announcementsOn(LocalDate.of(2026, 6, 1));
        assertThat(today.get(0).pinned()).isTrue();
        assertThat(today.get(1).pinned()).isTrue();
        assertThat(c.themes(Audience.LEGAL_PERSON)).extracting(Theme::key).contains("法人/设立变更");
        Theme marriage = c.themes(Audience.PERSON).stream().filter(t -> t.name().equals("婚姻登记")).findFirst().orElseThrow();
        assertThat(c.itemsOf(marriage)).hasSize(3);
    }
}
