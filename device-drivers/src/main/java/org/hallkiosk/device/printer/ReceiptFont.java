package org.hallkiosk.device.printer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws text the way a Chinese thermal printer's built-in font lays it out: Font A cells of 12 x 24
 * dots for ASCII and 24 x 24 for everything else, each multiplied by the GS ! width and height.
 * The glyphs come from a CJK TrueType font (WenQuanYi Micro Hei by default).
 */
public final class ReceiptFont {

    private static final Logger log = LoggerFactory.getLogger(ReceiptFont.class);

    /** Dot height of one Font A cell. */
    public static final int CELL_HEIGHT = 24;
    private static final String PREFERRED_FAMILY = "WenQuanYi Micro Hei";
    private static final List<Path> WELL_KNOWN = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"));

    private final Font base;
    private final String source;
    private final boolean fallback;

    private ReceiptFont(Font base, String source, boolean fallback) {
        this.base = base.deriveFont(Font.PLAIN, (float) CELL_HEIGHT);
        this.source = source;
        this.fallback = fallback;
    }

    /**
     * Loads the configured font file if given, else asks fontconfig for WenQuanYi Micro Hei, else
     * tries well-known paths, else falls back to the JDK's logical SansSerif font with a warning.
     */
    public static ReceiptFont locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            Optional<ReceiptFont> font = load(configured.get());
            if (font.isPresent()) {
                return font.get();
            }
            log.warn("configured receipt font {} could not be loaded; looking for {}", configured.get(), PREFERRED_FAMILY);
        }
        List<Path> candidates = new ArrayList<>();
        Fontconfig.match(PREFERRED_FAMILY, Duration.ofSeconds(3)).ifPresent(candidates::add);
        candidates.addAll(WELL_KNOWN);
        for (Path candidate : candidates) {
            Optional<ReceiptFont> font = load(candidate);
            if (font.isPresent()) {
                return font.get();
            }
        }
        log.warn("no CJK TrueType font found ({} or fontconfig); Chinese may render as boxes. Install fonts-wqy-microhei",
                PREFERRED_FAMILY);
        return new ReceiptFont(new Font(Font.SANS_SERIF, Font.PLAIN, CELL_HEIGHT), "JDK logical font SansSerif", true);
    }

    /** The default lookup with no configured file. */
    public static ReceiptFont locate() {
        return locate(Optional.empty());
    }

    /** Where the glyphs came from, for logs and {@code kioskctl devices list}. */
    public String source() {
        return source;
    }

    /** True when no CJK font was found and the JDK logical font is used. */
    public boolean isFallback() {
        return fallback;
    }

    /** Cell width in dots of one code point at magnification 1. */
    public static int cellWidth(int codePoint) {
        return codePoint < 0x80 ? 12 : 24;
    }

    /** Width in dots of a string at the given width magnification. */
    public static int textWidth(String text, int widthMul) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cellWidth(cp) * widthMul;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Draws text with its top-left corner at (x, top), black on whatever is there. Anti-aliasing is off:
     * a thermal head has only black and white dots.
     */
    public void draw(Graphics2D g, String text, int x, int top, int widthMul, int heightMul, boolean bold, boolean underline) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Font scaled = base.deriveFont(AffineTransform.getScaleInstance(widthMul, heightMul));
        g.setFont(scaled);
        FontRenderContext frc = g.getFontRenderContext();
        LineMetrics metrics = base.getLineMetrics("国Ag", frc);
        float glyphHeight = metrics.getAscent() + metrics.getDescent();
        int baseline = top + Math.round(((CELL_HEIGHT - glyphHeight) / 2f + metrics.getAscent()) * heightMul);
        int cursor = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            int cell = cellWidth(cp) * widthMul;
            float advance = (float) scaled.getStringBounds(glyph, frc).getWidth();
            if (advance > cell) {
                // a printer font fits every glyph in its cell; squeeze wide ones (m, w, W) instead of overlapping
                // deriveFont replaces the transform rather than adding to it, so start again from the base font
                g.setFont(base.deriveFont(AffineTransform.getScaleInstance(widthMul * cell / advance, heightMul)));
                advance = cell;
            }
            float gx = cursor + (cell - advance) / 2f;
            g.drawString(glyph, gx, baseline);
            if (bold) {
                g.drawString(glyph, gx + widthMul, baseline);
            }
            g.setFont(scaled);
            cursor += cell;
            i += Character.charCount(cp);
        }
        if (underline) {
            int y = top + CELL_HEIGHT * heightMul - 2;
            g.fillRect(x, y, cursor - x, 2);
        }
    }

    private static Optional<ReceiptFont> load(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            Font chosen = fonts[0];
            for (Font f : fonts) {
                if (f.getFamily().equalsIgnoreCase(PREFERRED_FAMILY)) {
                    chosen = f;
                }
            }
            if (chosen.canDisplay('政')) {
                return Optional.of(new ReceiptFont(chosen, file.toString(), false));
            }
            log.warn("font {} has no Chinese glyphs; skipped", file);
        } catch (FontFormatException | IOException e) {
            log.warn("cannot load font {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }
}
