package org.hallkiosk.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hallkiosk.content.TestCatalogues;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.model.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(h -> h.item().name()).toList();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheBundledContent {
        SearchIndex index;

        @BeforeAll
        void build() {
            index = SearchIndex.of(CatalogueLoader.bundled());
        }

        @ParameterizedTest
        @ValueSource(strings = {"yyzz", "YYZZ", "yingyezhizhao", "ying ye zhi zhao", "ying ye", "yingyzz", "营业执照", "营业zz", "Ｙｙｚｚ"})
        void businessLicenceByEveryKindOfTyping(String query) {
            List<SearchHit> hits = index.search(query, 10);
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).item().name()).isEqualTo("营业执照遗失补领");
            assertThat(names(hits)).contains("公司设立登记");
        }

        @ParameterizedTest
        @ValueSource(strings = {"bdcdj", "bdc登记", "budongchandengji", "不动产登记", "bu dong chan deng ji"})
        void realEstateRegistration(String query) {
            assertThat(names(index.search(query, 5))).first().isEqualTo("不动产转移登记（买卖）");
        }

        @Test
        void chineseSubstring() {
            assertThat(names(index.search("身份证", 20))).contains("居民身份证换领", "居民身份证补领");
            assertThat(names(index.search("迁入", 5))).contains("户口迁移（迁入）");
        }

        @Test
        void polyphonesMatchOnlyTheirReadingInContext() {
            assertThat(index.search("yinhang", 50)).anySatisfy(h -> assertThat(h.matchedText()).contains("银行"));
            assertThat(index.search("yinxing", 50)).noneSatisfy(h -> assertThat(h.matchedText()).contains("银行"));
            assertThat(names(index.search("huandai", 5))).contains("住房公积金提取（偿还购房贷款本息）");
            assertThat(names(index.search("haidai", 5))).doesNotContain("住房公积金提取（偿还购房贷款本息）");
        }

        @Test
        void nothingForNothing() {
            assertThat(index.search("", 10)).isEmpty();
            assertThat(index.search("  ，。 ", 10)).isEmpty();
            assertThat(index.search("qqqqqq", 10)).isEmpty();
            assertThat(index.search("营业", 0)).isEmpty();
        }

        @Test
        void limitCutsTheTail() {
            assertThat(index.search("s", 3)).hasSize(3);
            assertThat(index.search("s")).hasSizeGreaterThan(3);
        }

        @Test
        void uCanStandForUmlaut() {
            assertThat(names(index.search("falvyuanzhu", 3))).contains("法律援助申请");
            assertThat(names(index.search("faluyuanzhu", 3))).contains("法律援助申请");
        }

        @Test
        void veryLongQueriesAreCutNotSlowed() {
            assertThat(index.search("a".repeat(10_000), 5)).isEmpty();
            assertThat(index.search("营业执照".repeat(100), 5)).isEmpty();
        }
    }

    @Nested
    class Ranking {
        // Every item below matches "户口" in exactly one way, so the order shows the ranking rules.
        final Catalogue c = TestCatalogues.of(
                List.of(TestCatalogues.department("a", "示例机关"), TestCatalogues.department("hk", "户口管理所")),
                List.of(
                        TestCatalogues.item("M1", "申报材料", "a", List.of(), List.of("户口簿")),
                        TestCatalogues.item("D1", "某某登记", "hk", List.of(), List.of()),
                        TestCatalogues.item("C1", "迁移户口", "a", List.of(), List.of()),
                        TestCatalogues.item("A1", "落户", "a", List.of("户口办理"), List.of()),
                        TestCatalogues.item("P1", "户口登记", "a", List.of(), List.of()),
                        TestCatalogues.item("E1", "户口", "a", List.of(), List.of()),
                        TestCatalogues.item("P2", "户口迁出", "a", List.of(), List.of()),
                        TestCatalogues.item("A0", "入户", "a", List.of("上户口"), List.of("户口簿"))));
        final SearchIndex index = SearchIndex.of(c);

        @Test
        void exactThenPrefixThenAliasThenContainsThenDepartmentThenMaterial() {
            List<SearchHit> hits = index.search("户口");
            assertThat(hits).extracting(h -> h.item().code())
                    .containsExactly("E1", "P1", "P2", "A1", "A0", "C1", "D1", "M1");
            assertThat(hits).extracting(SearchHit::kind).containsExactly(MatchKind.EXACT_NAME, MatchKind.NAME_PREFIX,
                    MatchKind.NAME_PREFIX, MatchKind.ALIAS, MatchKind.ALIAS, MatchKind.NAME_CONTAINS, MatchKind.DEPARTMENT,
                    MatchKind.MATERIAL);
        }

        @Test
        void theSameRankingForPinyin() {
            assertThat(index.search("hukou")).extracting(h -> h.item().code())
                    .containsExactly("E1", "P1", "P2", "A1", "A0", "C1", "D1", "M1");
            assertThat(index.search("hk")).extracting(h -> h.item().code()).startsWith("E1", "P1", "P2", "A1", "A0", "C1", "D1");
        }

        @Test
        void anItemCountsOnlyItsBestMatch() {
            // A0 matches by alias and by material; it appears once, as an alias match.
            List<SearchHit> hits = index.search("户口");
            assertThat(hits).filteredOn(h -> h.item().code().equals("A0")).singleElement()
                    .satisfies(h -> assertThat(h.kind()).isEqualTo(MatchKind.ALIAS));
            assertThat(hits).filteredOn(h -> h.item().code().equals("A0")).singleElement()
                    .satisfies(h -> assertThat(h.matchedText()).isEqualTo("上户口"));
        }

        @Test
        void equalScoresKeepCatalogueOrderAcrossRuns() {
            List<String> first = index.search("hk").stream().map(h -> h.item().code()).toList();
            for (int i = 0; i < 5; i++) {
                assertThat(index.search("HK").stream().map(h -> h.item().code()).toList()).isEqualTo(first);
            }
        }

        @Test
        void limitKeepsTheBest() {
            assertThat(index.search("户口", 2)).extracting(h -> h.item().code()).containsExactly("E1", "P1");
        }
    }
}
