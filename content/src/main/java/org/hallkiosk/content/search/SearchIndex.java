package org.hallkiosk.content.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.ServiceItem;

/**
 * The item search behind the guide's search box: one index over item names, aliases and keywords, department
 * names and material names, answering as the visitor types.
 *
 * <p>A query matches a text where consecutive characters of the text can each be taken either literally
 * ({@code 登记}) or by a prefix of the character's pinyin — its initial ({@code yyzz}), the whole syllable
 * ({@code yingyezhizhao}), or a mix ({@code bdc登记}, {@code yingyzz}). Case, spaces and punctuation do not
 * matter. Ranking follows {@link MatchKind}, then catalogue order, so equal scores keep a stable order.
 *
 * <p>Everything that can be is computed when the index is built: the texts are deduplicated, read as pinyin
 * once, and every position is posted under the pair (first unit, second unit) of its literal character or
 * pinyin initial. A query only verifies the positions posted under its own first two units. An index is
 * immutable and safe to share between threads.
 */
public final class SearchIndex {

    private static final int NAME = 0;
    private static final int ALIAS = 1;
    private static final int DEPARTMENT = 2;
    private static final int MATERIAL = 3;
    private static final int KINDS = 4;
    private static final int MAX_QUERY = 40;
    private static final int MAX_POSITION = 255;
    private static final int MAX_SYLLABLE = 6;
    private static final int NO_TIER = Integer.MAX_VALUE;

    private final List<ServiceItem> items;
    private final List<Department> departments;
    private final String[] display;
    private final int[][] codePoints;
    private final String[][] syllables;
    private final int[][][] occurrences;
    private final Map<Long, int[]> pairs;
    private final Map<Integer, int[]> singles;
    private final Set<String> syllablePrefixes;

    private SearchIndex(List<ServiceItem> items, List<Department> departments, Builder b) {
        this.items = List.copyOf(items);
        this.departments = List.copyOf(departments);
        int n = b.texts.size();
        this.display = new String[n];
        this.codePoints = new int[n][];
        this.syllables = new String[n][];
        this.occurrences = new int[n][KINDS][];
        int t = 0;
        for (Builder.Text text : b.texts.values()) {
            display[t] = text.display;
            codePoints[t] = text.codePoints;
            syllables[t] = text.syllables;
            for (int k = 0; k < KINDS; k++) {
                occurrences[t][k] = text.items[k].toArray();
            }
            t++;
        }
        Map<Long, int[]> p = new HashMap<>();
        b.pairs.forEach((k, v) -> p.put(k, v.toArray()));
        Map<Integer, int[]> s = new HashMap<>();
        b.singles.forEach((k, v) -> s.put(k, v.toArray()));
        this.pairs = p;
        this.singles = s;
        this.syllablePrefixes = Set.copyOf(b.prefixes);
    }

    /** Indexes a catalogue's items, reading pinyin with a fresh {@link PinyinReader}. */
    public static SearchIndex of(Catalogue catalogue) {
        return of(catalogue, new PinyinReader());
    }

    /** Indexes a catalogue's items with the given pinyin reader. */
    public static SearchIndex of(Catalogue catalogue, PinyinReader reader) {
        List<Department> itemDepartments = new ArrayList<>();
        for (ServiceItem i : catalogue.items()) {
            itemDepartments.add(catalogue.departmentOf(i));
        }
        Builder b = new Builder(reader);
        for (int i = 0; i < catalogue.items().size(); i++) {
            ServiceItem item = catalogue.items().get(i);
            b.add(item.name(), NAME, i);
            for (String a : item.aliases()) {
                b.add(a, ALIAS, i);
            }
            for (String k : item.keywords()) {
                b.add(k, ALIAS, i);
            }
            Department d = itemDepartments.get(i);
            b.add(d.name(), DEPARTMENT, i);
            b.add(d.shortName(), DEPARTMENT, i);
            for (Material m : item.materials()) {
                b.add(m.name(), MATERIAL, i);
            }
        }
        b.post();
        return new SearchIndex(catalogue.items(), itemDepartments, b);
    }

    /** Number of distinct texts indexed (names, aliases, departments, materials after normalising). */
    public int textCount() {
        return display.length;
    }

    /** Every match, best first. */
    public List<SearchHit> search(String query) {
        return search(query, Integer.MAX_VALUE);
    }

    /** The best {@code limit} matches, best first; empty for a blank query. */
    public List<SearchHit> search(String query, int limit) {
        int[] q = normalize(query == null ? "" : query);
        if (q.length == 0 || limit <= 0) {
            return List.of();
        }
        if (q.length > MAX_QUERY) {
            q = Arrays.copyOf(q, MAX_QUERY);
        }
        byte[] state = new byte[display.length];
        int[] touched = new int[16];
        int touchedCount = 0;

        int first = q[0];
        Set<Integer> seconds = new HashSet<>(4);
        boolean oneUnit = false;
        if (!isAsciiLetter(first)) {
            if (q.length == 1) {
                oneUnit = true;
            } else {
                seconds.add(q[1]);
            }
        } else {
            StringBuilder prefix = new StringBuilder();
            for (int k = 1; k <= Math.min(MAX_SYLLABLE, q.length); k++) {
                if (!isAsciiLetter(q[k - 1])) {
                    break;
                }
                prefix.append((char) q[k - 1]);
                if (k > 1 && !syllablePrefixes.contains(prefix.toString())) {
                    break;
                }
                if (k == q.length) {
                    oneUnit = true;
                } else {
                    seconds.add(q[k]);
                }
            }
        }
        for (int second : seconds) {
            int[] postings = pairs.get(pairKey(first, second));
            if (postings == null) {
                continue;
            }
            for (int packed : postings) {
                int t = packed >>> 8;
                int p = packed & 0xFF;
                byte r = verify(q, t, p);
                if (r > state[t]) {
                    if (state[t] == 0) {
                        touched = grow(touched, touchedCount);
                        touched[touchedCount++] = t;
                    }
                    state[t] = r;
                }
            }
        }
        if (oneUnit) {
            int[] postings = singles.get(first);
            if (postings != null) {
                for (int packed : postings) {
                    int t = packed >>> 8;
                    int p = packed & 0xFF;
                    if (!singleUnitMatch(q, t, p)) {
                        continue;
                    }
                    byte r = p > 0 ? (byte) 1 : codePoints[t].length == 1 ? (byte) 3 : (byte) 2;
                    if (r > state[t]) {
                        if (state[t] == 0) {
                            touched = grow(touched, touchedCount);
                            touched[touchedCount++] = t;
                        }
                        state[t] = r;
                    }
                }
            }
        }
        return rank(state, touched, touchedCount, limit);
    }

    /** Tiers in rank order; each tier's items are taken in catalogue order, and lower tiers only if needed. */
    private List<SearchHit> rank(byte[] state, int[] touched, int touchedCount, int limit) {
        int[] bestTier = new int[items.size()];
        int[] bestText = new int[items.size()];
        Arrays.fill(bestTier, NO_TIER);
        List<SearchHit> out = new ArrayList<>();
        MatchKind[] kinds = MatchKind.values();
        for (int tier = 0; tier < kinds.length && out.size() < limit; tier++) {
            int[] found = new int[16];
            int foundCount = 0;
            for (int i = 0; i < touchedCount; i++) {
                int t = touched[i];
                int[] its = occurrences[t][fieldOf(kinds[tier])];
                if (its.length == 0 || tierOf(kinds[tier], state[t]) != tier) {
                    continue;
                }
                for (int item : its) {
                    if (bestTier[item] == NO_TIER) {
                        bestTier[item] = tier;
                        bestText[item] = t;
                        found = grow(found, foundCount);
                        found[foundCount++] = item;
                    }
                }
            }
            Arrays.sort(found, 0, foundCount);
            for (int i = 0; i < foundCount && out.size() < limit; i++) {
                int item = found[i];
                out.add(new SearchHit(items.get(item), departments.get(item), kinds[tier], display[bestText[item]]));
            }
        }
        return out;
    }

    private static int fieldOf(MatchKind kind) {
        return switch (kind) {
            case EXACT_NAME, NAME_PREFIX, NAME_CONTAINS -> NAME;
            case ALIAS -> ALIAS;
            case DEPARTMENT -> DEPARTMENT;
            case MATERIAL -> MATERIAL;
        };
    }

    /** The tier a text in {@code state} earns for the field of {@code kind}, or -1. */
    private static int tierOf(MatchKind kind, byte state) {
        return switch (kind) {
            case EXACT_NAME -> state == 3 ? kind.ordinal() : -1;
            case NAME_PREFIX -> state == 2 ? kind.ordinal() : -1;
            case NAME_CONTAINS -> state == 1 ? kind.ordinal() : -1;
            default -> state > 0 ? kind.ordinal() : -1;
        };
    }

    private boolean singleUnitMatch(int[] q, int t, int p) {
        int c = codePoints[t][p];
        if (q.length == 1 && q[0] == c) {
            return true;
        }
        String s = syllables[t][p];
        if (s.isEmpty() || s.length() < q.length) {
            return false;
        }
        for (int i = 0; i < q.length; i++) {
            if (!same(q[i], s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 3 = the whole text matched from its start, 2 = matched at the start, 1 = matched inside, 0 = no match. */
    private byte verify(int[] q, int t, int p) {
        int r = walk(q, 0, codePoints[t], syllables[t], p, p == 0);
        if (r == 0) {
            return 0;
        }
        if (p > 0) {
            return 1;
        }
        return r == 2 ? (byte) 3 : (byte) 2;
    }

    /** 0 = no match, 1 = match, 2 = match that ends exactly at the end of the text. */
    private static int walk(int[] q, int qi, int[] cps, String[] syl, int p, boolean wantFull) {
        if (qi == q.length) {
            return p == cps.length ? 2 : 1;
        }
        if (p == cps.length) {
            return 0;
        }
        int best = 0;
        if (q[qi] == cps[p]) {
            best = walk(q, qi + 1, cps, syl, p + 1, wantFull);
            if (best == 2 || (best == 1 && !wantFull)) {
                return best;
            }
        }
        String s = syl[p];
        int max = Math.min(s.length(), q.length - qi);
        for (int k = 1; k <= max; k++) {
            if (!same(q[qi + k - 1], s.charAt(k - 1))) {
                break;
            }
            int r = walk(q, qi + k, cps, syl, p + 1, wantFull);
            if (r > best) {
                best = r;
                if (best == 2 || !wantFull) {
                    return best;
                }
            }
        }
        return best;
    }

    /** Query letter against syllable letter: 'u' also stands for 'ü' (written 'v'). */
    private static boolean same(int queryChar, char syllableChar) {
        return queryChar == syllableChar || (syllableChar == 'v' && queryChar == 'u');
    }

    private static int[] grow(int[] a, int used) {
        return used < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static long pairKey(int a, int b) {
        return ((long) a << 21) | b;
    }

    /**
     * The searchable form of a text: Han characters and ASCII letters and digits only, letters lower-cased,
     * full-width forms folded to ASCII, 'ü' written 'v'; everything else (spaces, brackets, punctuation)
     * dropped.
     */
    public static int[] normalize(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (cp >= 'A' && cp <= 'Z') {
                cp += 'a' - 'A';
            }
            if (cp == 'ü' || cp == 'Ü') {
                cp = 'v';
            }
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || isHan(cp)) {
                out[n++] = cp;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isAsciiLetter(int cp) {
        return cp >= 'a' && cp <= 'z';
    }

    /** Collects texts and postings while the index is built. */
    private static final class Builder {

        private final PinyinReader reader;
        private final Map<String, Text> texts = new LinkedHashMap<>();
        private final Map<Long, IntList> pairs = new HashMap<>();
        private final Map<Integer, IntList> singles = new HashMap<>();
        private final Set<String> prefixes = new HashSet<>();

        Builder(PinyinReader reader) {
            this.reader = reader;
        }

        void add(String original, int kind, int item) {
            int[] cps = normalize(original);
            if (cps.length == 0) {
                return;
            }
            String key = new String(cps, 0, cps.length);
            Text t = texts.get(key);
            if (t == null) {
                t = new Text(original, cps, read(cps));
                texts.put(key, t);
            }
            t.items[kind].addIfNew(item);
        }

        private String[] read(int[] cps) {
            String[] syl = new String[cps.length];
            int i = 0;
            while (i < cps.length) {
                if (isHan(cps[i]) && Character.isBmpCodePoint(cps[i])) {
                    int j = i;
                    StringBuilder run = new StringBuilder();
                    while (j < cps.length && isHan(cps[j]) && Character.isBmpCodePoint(cps[j])) {
                        run.append((char) cps[j]);
                        j++;
                    }
                    String[] read = reader.syllables(run.toString());
                    System.arraycopy(read, 0, syl, i, read.length);
                    i = j;
                } else {
                    syl[i] = isHan(cps[i]) ? "" : String.valueOf((char) cps[i]);
                    i++;
                }
            }
            return syl;
        }

        void post() {
            int t = 0;
            for (Text text : texts.values()) {
                int len = Math.min(text.codePoints.length, MAX_POSITION + 1);
                for (int p = 0; p < len; p++) {
                    int packed = (t << 8) | p;
                    int lit = text.codePoints[p];
                    int ini = initial(text, p);
                    singles.computeIfAbsent(lit, k -> new IntList()).addIfNew(packed);
                    if (ini >= 0 && ini != lit) {
                        singles.computeIfAbsent(ini, k -> new IntList()).addIfNew(packed);
                    }
                    String s = text.syllables[p];
                    for (int k = 1; k <= s.length(); k++) {
                        prefixes.add(s.substring(0, k));
                    }
                    if (p + 1 < len) {
                        int lit2 = text.codePoints[p + 1];
                        int ini2 = initial(text, p + 1);
                        for (int a : new int[] {lit, ini}) {
                            for (int b : new int[] {lit2, ini2}) {
                                if (a >= 0 && b >= 0) {
                                    pairs.computeIfAbsent(pairKey(a, b), k -> new IntList()).addIfNew(packed);
                                }
                            }
                        }
                    }
                }
                t++;
            }
        }

        private static int initial(Text text, int p) {
            String s = text.syllables[p];
            return s.isEmpty() ? -1 : s.charAt(0);
        }

        /** One distinct normalised text and the items that carry it, per field. */
        static final class Text {
            final String display;
            final int[] codePoints;
            final String[] syllables;
            final IntList[] items = {new IntList(), new IntList(), new IntList(), new IntList()};

            Text(String display, int[] codePoints, String[] syllables) {
                this.display = display;
                this.codePoints = codePoints;
                this.syllables = syllables;
            }
        }
    }

    /** A growable int array that skips a value equal to the last one added (input arrives sorted). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addIfNew(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
