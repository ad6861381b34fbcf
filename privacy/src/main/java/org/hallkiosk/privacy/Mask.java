package org.hallkiosk.privacy;

/**
 * Masks personal data for screens, paper and logs (GB/T 35273 展示限制): 张*三, 3301**********1234, 138****5678.
 *
 * <p>It lives in the lowest module so that every layer, drivers included, can mask before it prints or logs.
 */
public final class Mask {

    /** Two-character surnames that must stay whole when masking (欧阳*, not 欧*阳). */
    private static final String[] COMPOUND_SURNAMES = {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "夏侯", "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤", "万俟", "闻人", "澹台", "公冶",
        "呼延", "赫连", "申屠", "濮阳", "太史", "淳于", "单于", "仲孙", "羊舌", "百里", "东郭", "拓跋"
    };

    private Mask() {
    }

    /**
     * A name with the surname and the last character kept: 张三丰 → 张*丰, 张三 → 张*, 欧阳娜娜 → 欧阳*娜, 欧阳娜 → 欧阳*.
     * Names without a Han surname (foreign cards) keep their first and last letter.
     */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        int len = n.codePointCount(0, n.length());
        if (len <= 1) {
            return n.isEmpty() ? "" : "*";
        }
        int surname = 1;
        for (String compound : COMPOUND_SURNAMES) {
            if (n.startsWith(compound) && len > 2) {
                surname = 2;
                break;
            }
        }
        int[] cps = n.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        out.appendCodePoint(cps[0]);
        if (surname == 2) {
            out.appendCodePoint(cps[1]);
        }
        int rest = len - surname;
        if (rest <= 1) {
            return out.append('*').toString();
        }
        return out.append('*').appendCodePoint(cps[len - 1]).toString();
    }

    /** An ID number with the first 4 and the last 4 kept: 3301**********1234. Shorter inputs are fully starred. */
    public static String idNumber(String id) {
        return keepEnds(id, 4, 4);
    }

    /** A mobile number with the first 3 and last 4 kept: 138****5678. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
