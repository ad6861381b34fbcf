package org.hallkiosk.content.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.content.model.Catalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search per keystroke over 20,000 items: the index against the naive per-query pinyin scan, for inputs of
 * 1 to 6 letters. Each invocation runs one query; queries of the requested length rotate over what visitors
 * type (initials and full pinyin of common items), so the sample distribution is over queries.
 *
 * <p>Run: {@code ./mvnw -pl content -Pbench -DskipTests verify} (see docs/performance.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    /** What visitors type, cut to the benchmark's length. */
    static final String[] TYPED = {"yyzzbl", "bdcdjz", "shenfe", "hukouq", "gjjtqg", "sbksl", "jiashi", "zhuany", "yinhan", "chongq"};

    /** The catalogue, its index and the baseline, built once per fork. */
    @State(Scope.Benchmark)
    public static class Province {
        Catalogue catalogue;
        SearchIndex index;
        NaiveSearch naive;

        @Setup(Level.Trial)
        public void build() {
            catalogue = SyntheticCatalogue.generate(20_000, 20_26L);
            long t0 = System.nanoTime();
            index = SearchIndex.of(catalogue);
            System.out.printf("%n# index over %d items: %d distinct texts, built in %d ms%n", catalogue.items().size(),
                    index.textCount(), (System.nanoTime() - t0) / 1_000_000);
            naive = new NaiveSearch(catalogue);
        }
    }

    /** The queries of one length and a cursor rotating over them. */
    @State(Scope.Thread)
    public static class Typing {
        @Param({"1", "2", "3", "4", "5", "6"})
        public int letters;

        String[] queries;
        int next;

        @Setup(Level.Trial)
        public void cut() {
            queries = new String[TYPED.length];
            for (int i = 0; i < TYPED.length; i++) {
                queries[i] = TYPED[i].substring(0, Math.min(letters, TYPED[i].length()));
            }
        }

        String nextQuery() {
            String q = queries[next];
            next = (next + 1) % queries.length;
            return q;
        }
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 2)
    public List<SearchHit> indexed(Province hall, Typing typing) {
        return hall.index.search(typing.nextQuery(), 20);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 2, time = 4)
    public Object naiveScan(Province hall, Typing typing) {
        return hall.naive.search(typing.nextQuery(), 20);
    }
}
