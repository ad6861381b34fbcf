package org.hallkiosk.kiosk.print.notice;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code notice:} section of kiosk.yaml.
 *
 * @param font      a TrueType CJK font file for the A4 notice; empty means WenQuanYi Micro Hei, the system's or the bundled copy
 * @param a4Printer the Java print service (CUPS queue) name of an A4 printer; empty means none is fitted
 */
public record NoticeSettings(Optional<Path> font, Optional<String> a4Printer) {

    public NoticeSettings {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(a4Printer, "a4Printer");
    }

    /** The looked-up font (the system's WenQuanYi Micro Hei or the bundled copy), no A4 printer. */
    public static NoticeSettings defaults() {
        return new NoticeSettings(Optional.empty(), Optional.empty());
    }
}
