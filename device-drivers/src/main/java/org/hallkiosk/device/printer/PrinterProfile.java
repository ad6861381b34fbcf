package org.hallkiosk.device.printer;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What differs between receipt printer models: cut command, Chinese code page, whether 4-byte
 * GB18030 prints, print width in dots, whether it answers DLE EOT, raster band height and QR limit.
 *
 * @param dots58 printable dots across 58 mm paper
 * @param dots80 printable dots across 80 mm paper
 * @param rasterBandRows most rows sent in one {@code GS v 0}
 * @param maxQrBytes most payload bytes the printer's {@code GS ( k} accepts; longer payloads go as raster
 */
public record PrinterProfile(String name, String description, CutStyle cut, String chineseEncoding,
                             boolean fourByteGb18030, int dots58, int dots80, boolean statusSupported,
                             int rasterBandRows, int maxQrBytes) {

    /** A two-byte GB18030 printer at 203 dpi that answers DLE EOT and cuts with GS V 66 0. */
    public static final PrinterProfile GENERIC = new PrinterProfile("generic",
            "Generic Chinese ESC/POS printer, 203 dpi, two-byte GB18030, GS V 66 0", CutStyle.FEED_PARTIAL,
            "GB18030", false, 384, 576, true, 256, 1017);

    /** Kiosk printers of the Microcom 814M kind: full GB18030 including 4-byte codes. */
    public static final PrinterProfile MICROCOM_814M = new PrinterProfile("microcom-814m",
            "Microcom 814M-style 80 mm kiosk printer: 4-byte GB18030, GS V 66 0 (full cut on this model)",
            CutStyle.FEED_PARTIAL, "GB18030", true, 384, 576, true, 256, 7089);

    /** Epson TM-T88 Chinese models: 180 dpi, so 512 dots on 80 mm and 360 on 58 mm. */
    public static final PrinterProfile EPSON_TM_T88 = new PrinterProfile("epson-tm-t88",
            "Epson TM-T88 (Simplified Chinese model), 180 dpi: 512 dots on 80 mm", CutStyle.FEED_PARTIAL,
            "GB18030", false, 360, 512, true, 256, 7089);

    /** Cheap 58 mm printers of the Zijiang ZJ-58 kind: GBK only, no cutter, small raster bands. */
    public static final PrinterProfile ZJ_58 = new PrinterProfile("zj-58",
            "Zijiang ZJ-58-style 58 mm printer: GBK, no cutter (tear off), raster bands of 128 rows",
            CutStyle.TEAR_OFF, "GBK", false, 384, 576, true, 128, 1017);

    /** The built-in profiles, {@link #GENERIC} first. */
    public static final List<PrinterProfile> BUILT_IN = List.of(GENERIC, MICROCOM_814M, EPSON_TM_T88, ZJ_58);

    public PrinterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cut, "cut");
        if (!Charset.isSupported(chineseEncoding)) {
            throw new IllegalArgumentException("printer profile " + name + ": unknown encoding " + chineseEncoding);
        }
        if (dots58 < 8 || dots80 < 8) {
            throw new IllegalArgumentException("printer profile " + name + ": dots per line must be at least 8");
        }
        if (rasterBandRows < 1 || maxQrBytes < 1 || maxQrBytes > 7089) {
            throw new IllegalArgumentException("printer profile " + name + ": raster band rows >= 1, QR bytes 1..7089");
        }
    }

    /** A built-in profile by name, case-insensitive. */
    public static Optional<PrinterProfile> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN.stream().filter(p -> p.name.equals(wanted)).findFirst();
    }

    /** Like {@link #named} but fails with a message listing the known names. */
    public static PrinterProfile require(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("unknown printer profile '" + name
                + "' (known: " + String.join(", ", BUILT_IN.stream().map(PrinterProfile::name).toList()) + ")"));
    }

    public Charset charset() {
        return Charset.forName(chineseEncoding);
    }

    /** Printable dots across the given paper. */
    public int dotsPerLine(PaperWidth paper) {
        return paper == PaperWidth.MM58 ? dots58 : dots80;
    }
}
