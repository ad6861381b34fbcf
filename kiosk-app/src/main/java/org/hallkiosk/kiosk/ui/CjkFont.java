package org.hallkiosk.kiosk.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;

/**
 * Makes sure JavaFX can draw Chinese in the family the stylesheet names, WenQuanYi Micro Hei. JavaFX finds the
 * system's copy through fontconfig by itself; on a machine without it the copy bundled with the kiosk is loaded
 * with {@code Font.loadFonts}, after which the stylesheet's family resolves to it. (Noto CJK is no substitute: it is
 * CFF, which JavaFX's fallback skips, so it draws boxes.)
 */
public final class CjkFont {

    /** The family the stylesheet names. */
    public static final String FAMILY = CjkFontLookup.FAMILY;
    /** The outcome's source when nothing had to be loaded. */
    public static final String ALREADY_KNOWN = "already known to JavaFX";

    private CjkFont() {
    }

    /**
     * Where JavaFX's WenQuanYi Micro Hei came from.
     *
     * @param source    {@value #ALREADY_KNOWN} when JavaFX resolved it without help (the system's copy, or one loaded
     *                  earlier in this runtime), else the file or bundled copy just loaded
     * @param available false only when not even the bundled copy loaded (Chinese would show as boxes)
     */
    public record Outcome(String source, boolean available) {
    }

    /**
     * Loads the font into JavaFX unless JavaFX already resolves the family; call after the toolkit started. Loading is
     * once per JavaFX runtime: later calls see the family and return at once.
     */
    public static Outcome ensureLoaded() {
        if (available()) {
            return new Outcome(ALREADY_KNOWN, true);
        }
        for (CjkFontFile candidate : CjkFontLookup.candidates()) {
            if (!load(candidate).isEmpty() && available()) {
                return new Outcome(candidate.describe(), true);
            }
        }
        return new Outcome("none", false);
    }

    /** True when JavaFX resolves the family (a missing family resolves to the default font instead). */
    public static boolean available() {
        return FAMILY.equals(Font.font(FAMILY, 12).getFamily());
    }

    /**
     * Registers every face of the file with JavaFX; empty when it could not be read, or when JavaFX cannot load fonts
     * from files on this machine (on Linux that takes the pango library, which a machine without a desktop may lack;
     * ./kiosk and the tests then reach the bundled copy through fontconfig instead, see cjk-font/fonts.conf).
     */
    static List<Font> load(CjkFontFile file) {
        try {
            Font[] faces = Font.loadFonts(file.location().toExternalForm(), 12);
            return Optional.ofNullable(faces).map(Arrays::asList).orElse(List.of());
        } catch (LinkageError | IllegalStateException e) {
            return List.of();
        }
    }
}
