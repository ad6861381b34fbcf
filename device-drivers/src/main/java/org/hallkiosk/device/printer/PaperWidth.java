package org.hallkiosk.device.printer;

import java.util.Locale;

/** Receipt paper roll width, with the usual 203-dpi figures for it. */
public enum PaperWidth {
    MM58(58, 384, 32),
    MM80(80, 576, 48);

    private final int millimetres;
    private final int dots203dpi;
    private final int fontAColumns;

    PaperWidth(int millimetres, int dots203dpi, int fontAColumns) {
        this.millimetres = millimetres;
        this.dots203dpi = dots203dpi;
        this.fontAColumns = fontAColumns;
    }

    public int millimetres() {
        return millimetres;
    }

    /** Printable dots on a 203-dpi (8 dots/mm) head. */
    public int dots203dpi() {
        return dots203dpi;
    }

    /** Font A (12 x 24 dots) columns on a 203-dpi head; a Chinese character takes two. */
    public int fontAColumns() {
        return fontAColumns;
    }

    /** Parses 58, 80, "58mm" or "80 mm". */
    public static PaperWidth parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("mm", "").strip();
        return switch (t) {
            case "58" -> MM58;
            case "80" -> MM80;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 (mm), not '" + text + "'");
        };
    }
}
