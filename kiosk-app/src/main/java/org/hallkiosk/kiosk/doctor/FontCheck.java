package org.hallkiosk.kiosk.doctor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.device.printer.ReceiptFont;

/** A TrueType CJK font, found by the same lookup the receipts use; without one Chinese shows as boxes. */
public final class FontCheck implements DoctorCheck {

    private static final String INSTALL = "sudo apt-get install fonts-wqy-microhei";

    private final Supplier<Optional<String>> lookup;

    /** @param lookup where the CJK font was found (a file), or empty when there is none */
    public FontCheck(Supplier<Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** The check on the receipts' font lookup (fontconfig, then well-known paths). */
    public static FontCheck receiptFont() {
        return new FontCheck(() -> {
            ReceiptFont font = ReceiptFont.locate();
            return font.isFallback() ? Optional.empty() : Optional.of(font.source());
        });
    }

    @Override
    public String name() {
        return "font";
    }

    @Override
    public List<Finding> run() {
        Optional<String> found = lookup.get();
        if (found.isEmpty()) {
            return List.of(Finding.fail("font", "no CJK TrueType font: Chinese would show as boxes", INSTALL));
        }
        String source = found.get();
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.contains("microhei")) {
            return List.of(Finding.ok("font", "WenQuanYi Micro Hei: " + source));
        }
        return List.of(Finding.warn("font", "CJK font " + source + " is not WenQuanYi Micro Hei"
                + (lower.contains("noto") || lower.endsWith(".otf") ? "; JavaFX skips CFF fonts such as Noto CJK" : ""), INSTALL));
    }
}
