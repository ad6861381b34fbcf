package org.hallkiosk.kiosk.doctor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Doctor's report as a table for a terminal: one row per finding, the fix on the line below each problem. */
public final class FindingTable {

    private FindingTable() {
    }

    public static String render(Doctor.Report report) {
        List<Finding> findings = report.findings();
        int checkWidth = Math.max(5, findings.stream().mapToInt(f -> width(f.check())).max().orElse(5));
        StringBuilder out = new StringBuilder();
        out.append(pad("CHECK", checkWidth)).append("  ").append(pad("STATUS", 6)).append("  DETAIL\n");
        for (Finding f : findings) {
            out.append(pad(f.check(), checkWidth)).append("  ").append(pad(f.status().name(), 6)).append("  ").append(f.detail()).append('\n');
            if (!f.fix().isEmpty()) {
                out.append(" ".repeat(checkWidth + 10)).append("fix: ").append(f.fix()).append('\n');
            }
        }
        Map<Finding.Status, Long> c = report.counts();
        out.append(c.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", ")));
        out.append(report.ok() ? " — the kiosk has what it needs\n" : " — fix the FAIL lines above, then run kioskctl doctor again\n");
        return out.toString();
    }

    /** Columns a string takes on a terminal: CJK characters take two. */
    static int width(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }

    private static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }
}
