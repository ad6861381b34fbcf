package org.hallkiosk.queue;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A business line as the queue needs it: the prefix its numbers carry (A → A001), the windows that serve it,
 * and the numbers behind its rules.
 *
 * @param dailyQuota               most tickets a day; 0 means no quota
 * @param averageMinutes           the planned minutes per visitor, used until enough real service times exist
 * @param stopIssuingMinutesBefore issuing stops this many minutes before each opening period ends
 * @param note                     a remark for the line's button and the ticket (e.g. 买卖双方须同时到场), or empty
 */
public record QueueLine(String prefix, String name, List<Integer> windows, int dailyQuota, int averageMinutes,
                        int stopIssuingMinutesBefore, String note) {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}");

    public QueueLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a line prefix is one or two capital letters, not '" + prefix + "'");
        }
        windows = List.copyOf(windows);
        if (dailyQuota < 0 || averageMinutes < 1 || stopIssuingMinutesBefore < 0) {
            throw new IllegalArgumentException("line " + prefix + ": quota and stop minutes must be >= 0, average minutes >= 1");
        }
    }

    /** A line without a remark. */
    public QueueLine(String prefix, String name, List<Integer> windows, int dailyQuota, int averageMinutes,
                     int stopIssuingMinutesBefore) {
        this(prefix, name, windows, dailyQuota, averageMinutes, stopIssuingMinutesBefore, "");
    }

    /** "12-15" for consecutive windows, "3,5,9" otherwise, as the ticket prints it. */
    public String windowsDisplay() {
        if (windows.isEmpty()) {
            return "";
        }
        boolean consecutive = windows.size() > 1;
        for (int i = 1; i < windows.size(); i++) {
            consecutive &= windows.get(i) == windows.get(i - 1) + 1;
        }
        if (consecutive) {
            return windows.get(0) + "-" + windows.get(windows.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int w : windows) {
            sb.append(sb.length() == 0 ? "" : ",").append(w);
        }
        return sb.toString();
    }
}
