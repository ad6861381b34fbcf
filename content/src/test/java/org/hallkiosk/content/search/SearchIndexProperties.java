package org.hallkiosk.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hallkiosk.content.load.CatalogueLoader;

/** Whatever a visitor (or a stuck key) types, search answers: no exception, never more than asked, ranked. */
class SearchIndexProperties {

    private static SearchIndex index;

    @BeforeContainer
    static void build() {
        index = SearchIndex.of(CatalogueLoader.bundled());
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> pinyinish = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzüABCZ 0123456789").ofMaxLength(30);
        Arbitrary<String> hanAndMore = Arbitraries.strings()
                .withCharRange('\u4e00', '\u4fff').withChars("营业执照不动产登记身份证（）。，、 \t\n\uFF21\uFF41").ofMaxLength(20);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(pinyinish, hanAndMore, anything);
    }

    @Property(tries = 300)
    void answersAnyInputWithinTheLimitInRankOrder(@ForAll("typed") String query, @ForAll("limits") int limit) {
        List<SearchHit> hits = index.search(query, limit);
        assertThat(hits.size()).isLessThanOrEqualTo(limit);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).kind().compareTo(hits.get(i - 1).kind())).isGreaterThanOrEqualTo(0);
        }
        assertThat(hits.stream().map(h -> h.item().code()).distinct().count()).isEqualTo(hits.size());
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(1, 60);
    }

    @Property(tries = 100)
    void aLongerPrefixNeverFindsMore(@ForAll("typed") String query) {
        if (query.length() < 2) {
            return;
        }
        int shorter = index.search(query.substring(0, query.length() - 1)).size();
        int longer = index.search(query).size();
        if (SearchIndex.normalize(query).length > SearchIndex.normalize(query.substring(0, query.length() - 1)).length) {
            assertThat(longer).isLessThanOrEqualTo(shorter);
        }
    }
}
