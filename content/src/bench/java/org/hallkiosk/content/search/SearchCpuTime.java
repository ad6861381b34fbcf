package org.hallkiosk.content.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.hallkiosk.content.model.Catalogue;

/**
 * Companion to {@link SearchBenchmark} for a shared machine: the same catalogue and queries, timed in thread
 * CPU time, so the percentiles show what a query costs rather than how long other processes held the cores.
 * Runs after the JMH benchmark in the {@code bench} profile.
 */
public final class SearchCpuTime {

    private SearchCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Catalogue catalogue = SyntheticCatalogue.generate(20_000, 20_26L);
        long t0 = cpu.getCurrentThreadCpuTime();
        SearchIndex index = SearchIndex.of(catalogue);
        System.out.printf("index: %d items, %d distinct texts, %d ms CPU to build%n", catalogue.items().size(),
                index.textCount(), (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000);
        NaiveSearch naive = new NaiveSearch(catalogue);
        for (int warm = 0; warm < 300; warm++) {
            for (int letters = 1; letters <= 6; letters++) {
                for (String typed : SearchBenchmark.TYPED) {
                    index.search(typed.substring(0, Math.min(letters, typed.length())), 20);
                }
            }
        }
        naive.search("yy", 20);
        System.out.println("letters  index p50 µs  index p99 µs  naive p50 µs  p50 speed-up   (thread CPU time per query)");
        for (int letters = 1; letters <= 6; letters++) {
            long[] fast = new long[SearchBenchmark.TYPED.length * 100];
            int n = 0;
            for (int round = 0; round < 100; round++) {
                for (String typed : SearchBenchmark.TYPED) {
                    String q = typed.substring(0, Math.min(letters, typed.length()));
                    long s = cpu.getCurrentThreadCpuTime();
                    index.search(q, 20);
                    fast[n++] = cpu.getCurrentThreadCpuTime() - s;
                }
            }
            long[] slow = new long[3];
            for (int i = 0; i < slow.length; i++) {
                String typed = SearchBenchmark.TYPED[i];
                long s = cpu.getCurrentThreadCpuTime();
                naive.search(typed.substring(0, Math.min(letters, typed.length())), 20);
                slow[i] = cpu.getCurrentThreadCpuTime() - s;
            }
            Arrays.sort(fast);
            Arrays.sort(slow);
            long p50 = fast[n / 2];
            long p99 = fast[(int) (n * 0.99)];
            System.out.printf("%7d  %12.1f  %12.1f  %12.0f  %11.0fx%n", letters, p50 / 1e3, p99 / 1e3, slow[1] / 1e3,
                    (double) slow[1] / Math.max(1, p50));
        }
    }
}
