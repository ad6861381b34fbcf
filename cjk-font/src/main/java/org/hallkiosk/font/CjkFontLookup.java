package org.hallkiosk.font;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place the kiosk looks for its CJK font, shared by the screen (JavaFX), the receipt simulator (AWT) and the
 * notice PDF (PDFBox): WenQuanYi Micro Hei as fontconfig finds it on the system, else at the Debian package's path,
 * else the copy bundled in this module. It must be TrueType: Noto CJK is CFF, which JavaFX's fallback skips (boxes)
 * and PDFBox cannot embed as a subset, so no other family is looked for.
 */
public final class CjkFontLookup {

    /** The family the stylesheet names and fontconfig is asked for. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    /** The PostScript name of its regular face, as PDF subsets are named. */
    public static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";
    /** The Debian/Ubuntu package that installs it system-wide (optional: the kiosk carries its own copy). */
    public static final String PACKAGE = "fonts-wqy-microhei";
    /** Where that package puts it. */
    public static final Path DEBIAN_PATH = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final String BUNDLED_RESOURCE = "wqy-microhei.ttc";
    private static final Duration FONTCONFIG_TIMEOUT = Duration.ofSeconds(3);

    private CjkFontLookup() {
    }

    /**
     * Where to look, best first: the system's copy (fontconfig's file for {@value #FAMILY}, then
     * {@link #DEBIAN_PATH} if it exists), and the bundled copy, always last and always there.
     */
    public static List<CjkFontFile> candidates() {
        return candidates(Fontconfig.fileOf(FAMILY, FONTCONFIG_TIMEOUT));
    }

    /** The candidates given what fontconfig answered; for tests that play a machine without the font. */
    static List<CjkFontFile> candidates(Optional<Path> fontconfigAnswer) {
        List<CjkFontFile> found = new ArrayList<>();
        fontconfigAnswer.map(CjkFontFile::at).filter(CjkFontFile::readable).ifPresent(found::add);
        CjkFontFile debian = CjkFontFile.at(DEBIAN_PATH);
        if (debian.readable() && !found.contains(debian)) {
            found.add(debian);
        }
        found.add(bundled());
        return List.copyOf(found);
    }

    /** The system's copy, if the machine has one; empty means the kiosk draws with its bundled copy. */
    public static Optional<CjkFontFile> system() {
        return candidates().stream().filter(f -> !f.bundled()).findFirst();
    }

    /** The copy that ships with the kiosk (WenQuanYi Micro Hei 0.2.0-beta, Apache-2.0; see the README beside it). */
    public static CjkFontFile bundled() {
        URL url = CjkFontLookup.class.getResource(BUNDLED_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the bundled font " + BUNDLED_RESOURCE + " is missing from the classpath"
                    + " (a damaged build: rebuild with ./mvnw -B package)");
        }
        return new CjkFontFile(url, true);
    }
}
