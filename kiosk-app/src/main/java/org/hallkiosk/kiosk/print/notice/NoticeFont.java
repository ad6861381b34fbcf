package org.hallkiosk.kiosk.print.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;

/**
 * The TrueType CJK font the A4 notice is set in, parsed once and shared by every notice (parsing the 5 MB
 * WenQuanYi collection costs far more than laying out a notice). Found at a configured path, else where
 * {@link CjkFontLookup} finds WenQuanYi Micro Hei: the system's copy, else the one bundled with the kiosk.
 * PDFBox embeds only TrueType outlines as a subset, so a CFF-outline font (Noto CJK) is refused by name.
 */
public final class NoticeFont implements AutoCloseable {

    /** The family the notice is set in. */
    public static final String FAMILY = CjkFontLookup.FAMILY;
    /** What a subset keeps: outlines and metrics, plus cmap, name and OS/2 so it loads as a font of its own. */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");
    /** A character every CJK font has and a Latin font lacks. */
    private static final int PROBE = '政';

    private final CjkFontFile source;
    private final TrueTypeFont font;
    private final AutoCloseable owner;
    private final CmapLookup cmap;
    private final Map<Integer, Float> advances = new HashMap<>();

    private NoticeFont(CjkFontFile source, TrueTypeFont font, AutoCloseable owner) throws IOException {
        this.source = source;
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup();
    }

    /**
     * The configured font file if given (it must then be usable: a wrong path is an error, not a silent
     * fallback), else the first of {@link CjkFontLookup#candidates()} that loads.
     */
    public static NoticeFont locate(Optional<Path> configured) throws NoticeFontException {
        if (configured.isPresent()) {
            return load(configured.get());
        }
        return firstUsable(CjkFontLookup.candidates());
    }

    /** The first candidate that loads; else an error listing each and what to set instead. */
    static NoticeFont firstUsable(List<CjkFontFile> candidates) throws NoticeFontException {
        List<String> tried = new ArrayList<>();
        for (CjkFontFile candidate : candidates) {
            if (!candidate.readable()) {
                tried.add(candidate + " (missing)");
                continue;
            }
            try {
                return load(candidate);
            } catch (NoticeFontException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new NoticeFontException("no TrueType CJK font for the A4 notice: " + FAMILY + " not usable (tried "
                + String.join("; ", tried) + "). Set notice.font in kiosk.yaml to a TrueType (.ttf/.ttc) font with"
                + " Chinese glyphs, or install " + CjkFontLookup.PACKAGE);
    }

    /** Loads one font file (.ttf, or a .ttc collection of which the Micro Hei face, else the first CJK face, is used). */
    public static NoticeFont load(Path file) throws NoticeFontException {
        if (!Files.isReadable(file)) {
            throw new NoticeFontException("font file " + file + " does not exist or cannot be read");
        }
        return load(CjkFontFile.at(file));
    }

    /** Loads a font from disk or, for the bundled copy inside a jar, from its bytes. */
    static NoticeFont load(CjkFontFile source) throws NoticeFontException {
        try {
            if (isCollection(source)) {
                Optional<Path> path = source.path();
                TrueTypeCollection collection;
                if (path.isPresent()) {
                    collection = new TrueTypeCollection(path.get().toFile());
                } else {
                    try (InputStream in = source.open()) {
                        collection = new TrueTypeCollection(in);
                    }
                }
                try {
                    TrueTypeFont chosen = chooseFace(collection);
                    if (chosen == null) {
                        throw new NoticeFontException("font collection " + source + " has no face with Chinese glyphs");
                    }
                    return checked(new NoticeFont(source, chosen, collection));
                } catch (NoticeFontException | IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
            }
            Optional<Path> path = source.path();
            TrueTypeFont ttf;
            if (path.isPresent()) {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.get()));
            } else {
                try (InputStream in = source.open()) {
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                }
            }
            try {
                return checked(new NoticeFont(source, ttf, ttf));
            } catch (NoticeFontException | RuntimeException e) {
                ttf.close();
                throw e;
            }
        } catch (IOException e) {
            throw new NoticeFontException("cannot read font " + source + ": " + e.getMessage());
        }
    }

    private static NoticeFont checked(NoticeFont f) throws NoticeFontException, IOException {
        if (f.font instanceof OpenTypeFont otf && otf.isPostScript()) {
            f.close();
            throw new NoticeFontException("font " + f.source + " has CFF (PostScript) outlines, which PDFBox cannot embed as a"
                    + " subset; use a TrueType font such as " + FAMILY + " (" + CjkFontLookup.PACKAGE + ")");
        }
        if (!f.canDraw(PROBE)) {
            f.close();
            throw new NoticeFontException("font " + f.source + " (" + f.font.getName() + ") has no Chinese glyphs");
        }
        return f;
    }

    private static TrueTypeFont chooseFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] best = new TrueTypeFont[1];
        collection.processAllFonts(face -> {
            boolean cjk = face.getUnicodeCmapLookup(false) != null && face.getUnicodeCmapLookup(false).getGlyphId(PROBE) != 0;
            if (!cjk) {
                return;
            }
            if (best[0] == null || CjkFontLookup.POSTSCRIPT_NAME.equals(face.getName())) {
                best[0] = face;
            }
        });
        return best[0];
    }

    private static boolean isCollection(CjkFontFile file) throws IOException {
        try (InputStream in = file.open()) {
            byte[] tag = in.readNBytes(4);
            return new String(tag, StandardCharsets.ISO_8859_1).equals("ttcf");
        }
    }


    /** Where the glyphs come from: the system's file or the bundled copy. */
    public CjkFontFile source() {
        return source;
    }

    /** The face's PostScript name, e.g. WenQuanYiMicroHei. */
    public String name() {
        try {
            return font.getName();
        } catch (IOException e) {
            return source.describe();
        }
    }

    /** True when the font has a glyph for the code point. */
    public synchronized boolean canDraw(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
    }

    /** Advance width of the code point's glyph in PDF text space (1/1000 em). */
    public synchronized float advance(int codePoint) {
        Float w = advances.get(codePoint);
        if (w == null) {
            try {
                int gid = cmap == null ? 0 : cmap.getGlyphId(codePoint);
                w = font.getAdvanceWidth(gid) * 1000f / font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph metrics from " + source, e);
            }
            advances.put(codePoint, w);
        }
        return w;
    }

    /**
     * A font for {@code doc} holding only the glyphs of {@code codePoints}, embedded whole. Subsetting here
     * rather than through PDFBox's own subset option matters for speed: PDFBox would first build the width and
     * CID tables of all 30,000 glyphs for every document, which costs more than the rest of the notice.
     */
    public synchronized PDFont subset(PDDocument doc, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
        subsetter.addAll(codePoints);
        subsetter.setPrefix(tag(codePoints));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(bytes);
        return PDType0Font.load(doc, new ByteArrayInputStream(bytes.toByteArray()), false);
    }

    /** The six capital letters that mark a subset font's name (ABCDEF+Name), derived from its glyph set. */
    static String tag(Set<Integer> codePoints) {
        long h = 1125899906842597L;
        for (int cp : codePoints) {
            h = 31 * h + cp;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h /= 26;
        }
        return tag.append('+').toString();
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            // closing a read-only font file: nothing to recover
        }
    }
}
