package org.hallkiosk.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;

/**
 * The baseline: what a first implementation would do — for every query, walk all items, convert each name to
 * pinyin right then, and match with the same rules (literal character or pinyin prefix per character), then
 * sort. No precomputation, names only.
 */
final class NaiveSearch {

    private final Catalogue catalogue;
    private final PinyinReader reader = new PinyinReader();

    NaiveSearch(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Matches ranked exact, prefix, contains, then catalogue order. */
    List<ServiceItem> search(String query, int limit) {
        int[] q = SearchIndex.normalize(query);
        record Found(int rank, int order, ServiceItem item) {
        }
        List<Found> found = new ArrayList<>();
        List<ServiceItem> items = catalogue.items();
        for (int i = 0; i < items.size(); i++) {
            int[] cps = SearchIndex.normalize(items.get(i).name());
            String[] syl = syllables(cps);
            int best = -1;
            for (int p = 0; p < cps.length && best != 0; p++) {
                int r = walk(q, 0, cps, syl, p);
                if (r > 0) {
                    int rank = p > 0 ? 2 : r == 2 ? 0 : 1;
                    best = best < 0 ? rank : Math.min(best, rank);
                }
            }
            if (best >= 0) {
                found.add(new Found(best, i, items.get(i)));
            }
        }
        found.sort(Comparator.comparingInt(Found::rank).thenComparingInt(Found::order));
        return found.stream().limit(limit).map(Found::item).toList();
    }

    private String[] syllables(int[] cps) {
        StringBuilder han = new StringBuilder();
        for (int cp : cps) {
            han.appendCodePoint(cp);
        }
        String text = han.toString();
        String[] out = new String[cps.length];
        boolean allHan = text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && text.length() == cps.length;
        String[] read = allHan ? reader.syllables(text) : null;
        for (int i = 0; i < cps.length; i++) {
            out[i] = read != null ? read[i] : Character.UnicodeScript.of(cps[i]) == Character.UnicodeScript.HAN
                    ? reader.syllables(new String(Character.toChars(cps[i])))[0] : String.valueOf((char) cps[i]);
        }
        return out;
    }

    private static int walk(int[] q, int qi, int[] cps, String[] syl, int p) {
        if (qi == q.length) {
            return p == cps.length ? 2 : 1;
        }
        if (p == cps.length) {
            return 0;
        }
        int best = 0;
        if (q[qi] == cps[p]) {
            best = walk(q, qi + 1, cps, syl, p + 1);
        }
        String s = syl[p];
        for (int k = 1; k <= Math.min(s.length(), q.length - qi) && best < 2; k++) {
            if (q[qi + k - 1] != s.charAt(k - 1)) {
                break;
            }
            best = Math.max(best, walk(q, qi + k, cps, syl, p + 1));
        }
        return best;
    }
}
