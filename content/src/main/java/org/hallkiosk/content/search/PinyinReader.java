package org.hallkiosk.content.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Chinese text as toneless pinyin, one syllable per character, with polyphones read by their phrase
 * (银行 yin hang, 重庆 chong qing, 长期 chang qi) — houbb {@code pinyin} segments by phrase, which pinyin4j
 * and ICU4J do not. 'ü' is written 'v', as pinyin keyboards type it.
 *
 * <p>A short override table fixes the readings houbb gets wrong in service-hall vocabulary (checked against
 * every name, alias and material of the bundled content): 的 in 的证明 read "di", 还 in 还款/还房贷 read "hai".
 */
public final class PinyinReader {

    /** Phrases whose reading the library gets wrong, with the right syllables. Applied after {@link #CHARS}. */
    private static final Map<String, List<String>> PHRASES = Map.of(
            "还款", List.of("huan", "kuan"),
            "还房贷", List.of("huan", "fang", "dai"),
            "还贷款", List.of("huan", "dai", "kuan"),
            "目的", List.of("mu", "di"),
            "的确", List.of("di", "que"),
            "的士", List.of("di", "shi"));

    /**
     * houbb's helper loads its dictionaries lazily into static fields; one lock for every reader keeps two
     * index builds (say, a reload and a command) from initialising it at the same time.
     */
    private static final Object LIBRARY = new Object();

    /** Characters whose everyday reading the library misses in some phrases. */
    private static final Map<Character, String> CHARS = Map.of('的', "de");

    /**
     * Syllables of a run of Han characters, one per character, lower case without tones. A character the
     * dictionary does not know gets an empty syllable (it can then only be matched literally).
     */
    public String[] syllables(String han) {
        String[] out = new String[han.length()];
        String converted;
        synchronized (LIBRARY) {
            converted = PinyinHelper.toPinyin(han, PinyinStyleEnum.NORMAL, " ");
        }
        String[] parts = converted.trim().split(" +");
        boolean aligned = parts.length == han.length();
        for (int i = 0; i < han.length(); i++) {
            String s = aligned ? parts[i] : firstReading(han.charAt(i));
            out[i] = clean(s);
        }
        for (int i = 0; i < han.length(); i++) {
            String fixed = CHARS.get(han.charAt(i));
            if (fixed != null) {
                out[i] = fixed;
            }
        }
        for (Map.Entry<String, List<String>> e : PHRASES.entrySet()) {
            for (int at = han.indexOf(e.getKey()); at >= 0; at = han.indexOf(e.getKey(), at + 1)) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    out[at + i] = e.getValue().get(i);
                }
            }
        }
        return out;
    }

    /** Syllables of a whole phrase joined by spaces, for display and tests: 银行 → "yin hang". */
    public String spaced(String han) {
        return String.join(" ", List.of(syllables(han)));
    }

    private static String firstReading(char c) {
        List<String> all;
        synchronized (LIBRARY) {
            all = PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL);
        }
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    private static String clean(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('ü', 'v');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z') {
                return "";
            }
        }
        return lower;
    }
}
