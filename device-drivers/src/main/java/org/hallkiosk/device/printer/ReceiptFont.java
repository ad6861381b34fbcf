package org.hallkiosk.device.printer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws text the way a Chinese thermal printer's built-in font lays it out: Font A cells of 12 x 24
 * dots for ASCII and 24 x 24 for everything else, each multiplied by the GS ! width and height.
 * The glyphs come from a CJK TrueType font: WenQuanYi Micro Hei, the system's or the kiosk's bundled copy.
 */
public final class ReceiptFont {

    private static final Logger log = LoggerFactory.getLogger(ReceiptFont.class);

    /** Dot height of one Font A cell. */
    public static final int CELL_HEIGHT = 24;
    private final Font base;
    private final String source;
    private final boolean fallback;

    private ReceiptFont(Font base, String source, boolean fallback) {
        this.base = base.deriveFont(Font.PLAIN, (float) CELL_HEIGHT);
        this.source = source;
        this.fallback = fallback;
    }

    /**
     * Loads the configured font file if given, else the kiosk's CJK font where {@link CjkFontLookup} finds it (the
     * system's WenQuanYi Micro Hei, else the bundled copy); the JDK's logical SansSerif only if even that fails.
     */
    public static ReceiptFont locate(Optional<Path> configured) {
        return locate(configured, CjkFontLookup.candidates());
    }

    /** {@link #locate(Optional)} over the given candidates, in order. */
    static ReceiptFont locate(Optional<Path> configured, List<CjkFontFile> candidates) {
        if (configured.isPresent()) {
            Optional<ReceiptFont> font = load(CjkFontFile.at(configured.get()));
            if (font.isPresent()) {
                return font.get();
            }
            log.warn("configured receipt font {} could not be loaded; using {}", configured.get(), CjkFontLookup.FAMILY);
        }
        for (CjkFontFile candidate : candidates) {
            Optional<ReceiptFont> font = load(candidate);
            if (font.isPresent()) {
                return font.get();
            }
        }
        log.warn("no CJK TrueType font could be loaded, not even the bundled {}; Chinese may render as boxes",
                CjkFontLookup.FAMILY);
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

    private static Optional<ReceiptFont> load(CjkFontFile file) {
        if (!file.readable()) {
            return Optional.empty();
        }
        try {
            Font[] fonts;
            Optional<Path> path = file.path();
            if (path.isPresent()) {
                fonts = Font.createFonts(path.get().toFile());
            } else {
                try (InputStream in = file.open()) {
                    fonts = Font.createFonts(in);
                }
            }
            Font chosen = fonts[0];
            for (Font f : fonts) {
                if (f.getPSName().equals(CjkFontLookup.POSTSCRIPT_NAME)) {
                    chosen = f;
                }
            }
            if (chosen.canDisplay('政')) {
                return Optional.of(new ReceiptFont(chosen, file.describe(), false));
            }
            log.warn("font {} has no Chinese glyphs; skipped", file);
        } catch (FontFormatException | IOException e) {
            log.warn("cannot load font {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }
}
