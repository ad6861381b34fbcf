package org.hallkiosk.device.printer;

import java.util.Objects;

/**
 * A configured printer: its model profile, paper width and characters per line (Font A columns;
 * 0 means derive from the print width, 12 dots per column).
 */
public record PrinterSettings(PrinterProfile profile, PaperWidth paper, int charsPerLine) {

    public PrinterSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(paper, "paper");
        if (charsPerLine < 0 || charsPerLine > profile.dotsPerLine(paper) / 8) {
            throw new IllegalArgumentException("chars per line must be 0 (automatic) or up to "
                    + profile.dotsPerLine(paper) / 8 + " on " + paper.millimetres() + " mm paper, not " + charsPerLine);
        }
    }

    /** The generic profile on 80 mm paper. */
    public static PrinterSettings defaults() {
        return new PrinterSettings(PrinterProfile.GENERIC, PaperWidth.MM80, 0);
    }

    public int dotsPerLine() {
        return profile.dotsPerLine(paper);
    }

    /** Font A columns per line; a Chinese character takes two. */
    public int columns() {
        return charsPerLine > 0 ? charsPerLine : dotsPerLine() / 12;
    }
}
