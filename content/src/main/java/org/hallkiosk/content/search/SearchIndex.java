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
 * pinyin initial, separately for each ranking tier's field (name starts, aliases, name insides, departments,
 * materials). A query verifies only the positions posted under its own first two units, tier by tier, and
 * stops as soon as the tiers done already fill the requested number of results — so the short, broad queries
 * of the first keystrokes touch little more than name starts. An index is immutable and safe to share between
 * threads.
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

    /** Posting families, in the order their tiers rank. */
    private enum Family {
        NAME_START, ALIAS, NAME_INSIDE, DEPARTMENT, MATERIAL
    }

    private final List<ServiceItem> items;
    private final List<Department> departments;
    private final String[] display;
    private final int[][] codePoints;
    private final String[][] syllables;
    private final int[][][] occurrences;
    private final List<Map<Long, int[]>> pairs;
    private final List<Map<Integer, int[]>> singles;
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
        List<Map<Long, int[]>> p = new ArrayList<>();
        List<Map<Integer, int[]>> s = new ArrayList<>();
        for (Family f : Family.values()) {
            Map<Long, int[]> pf = new HashMap<>();
            b.pairs.get(f.ordinal()).forEach((k, v) -> pf.put(k, v.toArray()));
            Map<Integer, int[]> sf = new HashMap<>();
            b.singles.get(f.ordinal()).forEach((k, v) -> sf.put(k, v.toArray()));
            p.add(pf);
            s.add(sf);
        }
        this.pairs = List.copyOf(p);
        this.singles = List.copyOf(s);
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
        Plan plan = plan(q);
        Ranking ranking = new Ranking(limit);
        byte[] state = new byte[display.length];
        byte[] done = new byte[display.length];
        for (Family f : Family.values()) {
            int[] matched = verify(f, q, plan, state, done);
            switch (f) {
                case NAME_START -> {
                    ranking.take(MatchKind.EXACT_NAME, matched, NAME, t -> state[t] == 3);
                    ranking.take(MatchKind.NAME_PREFIX, matched, NAME, t -> state[t] == 2);
                }
                case ALIAS -> ranking.take(MatchKind.ALIAS, matched, ALIAS, t -> true);
                case NAME_INSIDE -> ranking.take(MatchKind.NAME_CONTAINS, matched, NAME, t -> true);
                case DEPARTMENT -> ranking.take(MatchKind.DEPARTMENT, matched, DEPARTMENT, t -> true);
                case MATERIAL -> ranking.take(MatchKind.MATERIAL, matched, MATERIAL, t -> true);
            }
            if (ranking.full()) {
                break;
            }
        }
        return ranking.hits;
    }

    /** Which posting keys a query's first units can take. */
    private record Plan(int first, int[] seconds, boolean oneUnit, int oneUnitKey) {
    }

    private Plan plan(int[] q) {
        int first = q[0];
        int[] seconds = new int[MAX_SYLLABLE];
        int count = 0;
        boolean oneUnit = false;
        int oneUnitKey = first;
        if (!isAsciiLetter(first)) {
            if (q.length == 1) {
                oneUnit = true;
            } else {
                seconds[count++] = q[1];
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
                    oneUnitKey = k >= 2 ? twoLetterKey(q[0], q[1]) : first;
                } else {
                    seconds[count++] = q[k];
                }
            }
        }
        return new Plan(first, Arrays.copyOf(seconds, count), oneUnit, oneUnitKey);
    }

    /**
     * Verifies the postings of one family; returns the texts that matched there, in first-seen order.
     * {@code state} keeps, per text, 3 = whole text from its start, 2 = from its start, 1 = inside.
     */
    private int[] verify(Family f, int[] q, Plan plan, byte[] state, byte[] done) {
        int[] matched = new int[16];
        int count = 0;
        byte bit = (byte) (1 << f.ordinal());
        for (int second : plan.seconds()) {
            int[] postings = pairs.get(f.ordinal()).get(pairKey(plan.first(), second));
            if (postings == null) {
                continue;
            }
            for (int packed : postings) {
                int t = packed >>> 8;
                if ((done[t] & bit) != 0) {
                    continue;
                }
                byte r = verify(q, t, packed & 0xFF);
                if (r > 0) {
                    done[t] |= bit;
                    state[t] = (byte) Math.max(state[t], r);
                    matched = grow(matched, count);
                    matched[count++] = t;
                }
            }
        }
        if (plan.oneUnit()) {
            int[] postings = singles.get(f.ordinal()).get(plan.oneUnitKey());
            if (postings != null) {
                for (int packed : postings) {
                    int t = packed >>> 8;
                    int p = packed & 0xFF;
                    if ((done[t] & bit) != 0 || !singleUnitMatch(q, t, p)) {
                        continue;
                    }
                    byte r = p > 0 ? (byte) 1 : codePoints[t].length == 1 ? (byte) 3 : (byte) 2;
                    done[t] |= bit;
                    state[t] = (byte) Math.max(state[t], r);
                    matched = grow(matched, count);
                    matched[count++] = t;
                }
            }
        }
        return Arrays.copyOf(matched, count);
    }

    /**
     * Collects hits tier by tier; an item keeps the first (best) tier it reaches. Within a tier, items come out
     * in catalogue order by walking a bit set, so a broad tier of thousands of items costs no sort.
     */
    private final class Ranking {
        final int limit;
        final List<SearchHit> hits = new ArrayList<>();
        final boolean[] taken = new boolean[items.size()];
        final int[] textOf = new int[items.size()];

        Ranking(int limit) {
            this.limit = limit;
        }

        boolean full() {
            return hits.size() >= limit;
        }

        void take(MatchKind kind, int[] texts, int field, java.util.function.IntPredicate eligible) {
            if (full() || texts.length == 0) {
                return;
            }
            long[] tier = new long[(items.size() + 63) >>> 6];
            boolean any = false;
            for (int t : texts) {
                if (!eligible.test(t)) {
                    continue;
                }
                for (int item : occurrences[t][field]) {
                    if (!taken[item]) {
                        taken[item] = true;
                        textOf[item] = t;
                        tier[item >>> 6] |= 1L << item;
                        any = true;
                    }
                }
            }
            if (!any) {
                return;
            }
            for (int w = 0; w < tier.length && !full(); w++) {
                long word = tier[w];
                while (word != 0 && !full()) {
                    int item = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    hits.add(new SearchHit(items.get(item), departments.get(item), kind, display[textOf[item]]));
                }
            }
        }
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

    /** Key of a two-letter syllable prefix ("zh"), kept apart from code points by being negative. */
    private static int twoLetterKey(int a, int b) {
        return -(a * 128 + b);
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
        private final List<Map<Long, IntList>> pairs = new ArrayList<>();
        private final List<Map<Integer, IntList>> singles = new ArrayList<>();
        private final Set<String> prefixes = new HashSet<>();

        Builder(PinyinReader reader) {
            this.reader = reader;
            for (int f = 0; f < Family.values().length; f++) {
                pairs.add(new HashMap<>());
                singles.add(new HashMap<>());
            }
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
            List<Family> families = new ArrayList<>();
            for (Text text : texts.values()) {
                int len = Math.min(text.codePoints.length, MAX_POSITION + 1);
                for (int p = 0; p < len; p++) {
                    families.clear();
                    if (text.items[NAME].size > 0) {
                        families.add(p == 0 ? Family.NAME_START : Family.NAME_INSIDE);
                    }
                    if (text.items[ALIAS].size > 0) {
                        families.add(Family.ALIAS);
                    }
                    if (text.items[DEPARTMENT].size > 0) {
                        families.add(Family.DEPARTMENT);
                    }
                    if (text.items[MATERIAL].size > 0) {
                        families.add(Family.MATERIAL);
                    }
                    int packed = (t << 8) | p;
                    int lit = text.codePoints[p];
                    int ini = initial(text, p);
                    String s = text.syllables[p];
                    for (int k = 1; k <= s.length(); k++) {
                        prefixes.add(s.substring(0, k));
                    }
                    int lit2 = p + 1 < len ? text.codePoints[p + 1] : -1;
                    int ini2 = p + 1 < len ? initial(text, p + 1) : -1;
                    for (Family f : families) {
                        Map<Integer, IntList> single = singles.get(f.ordinal());
                        single.computeIfAbsent(lit, k -> new IntList()).addIfNew(packed);
                        if (ini >= 0 && ini != lit) {
                            single.computeIfAbsent(ini, k -> new IntList()).addIfNew(packed);
                        }
                        if (s.length() >= 2) {
                            single.computeIfAbsent(twoLetterKey(s.charAt(0), s.charAt(1)), k -> new IntList()).addIfNew(packed);
                        }
                        Map<Long, IntList> pair = pairs.get(f.ordinal());
                        for (int a : new int[] {lit, ini}) {
                            for (int b : new int[] {lit2, ini2}) {
                                if (a >= 0 && b >= 0) {
                                    pair.computeIfAbsent(pairKey(a, b), k -> new IntList()).addIfNew(packed);
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
