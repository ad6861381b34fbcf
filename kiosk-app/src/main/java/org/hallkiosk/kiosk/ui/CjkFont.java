package org.hallkiosk.kiosk.ui;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Whether JavaFX can draw Chinese. It needs a TrueType CJK font: WenQuanYi Micro Hei is the one the
 * stylesheet names; Noto CJK is CFF, which JavaFX's fontconfig fallback skips, so it draws boxes.
 */
public final class CjkFont {

    public static final String PREFERRED = "WenQuanYi Micro Hei";
    public static final String INSTALL_HINT = "sudo apt-get install fonts-wqy-microhei";

    private CjkFont() {
    }

    /** True when JavaFX sees the preferred font; call after the toolkit started. */
    public static boolean available() {
        List<String> families = Font.getFamilies();
        return families.contains(PREFERRED);
    }
}
