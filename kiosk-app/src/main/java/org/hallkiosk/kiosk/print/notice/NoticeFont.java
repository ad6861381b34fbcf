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
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.device.printer.Fontconfig;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType CJK font the A4 notice is set in, parsed once and shared by every notice (parsing the 5 MB
 * WenQuanYi collection costs far more than laying out a notice). Found at a configured path, else through
 * fontconfig, else at the Debian package's path; without one, {@link #locate} says which package to install.
 * PDFBox embeds only TrueType outlines as a subset, so a CFF-outline font (Noto CJK) is refused by name.
 */
public final class NoticeFont implements AutoCloseable {

    /** The family asked of fontconfig. */
    public static final String FAMILY = "WenQuanYi Micro Hei";
    /** The Debian/Ubuntu package that provides it. */
    public static final String PACKAGE = "fonts-wqy-microhei";
    private static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";
    private static final Path DEBIAN_PATH = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** What a subset keeps: outlines and metrics, plus cmap, name and OS/2 so it loads as a font of its own. */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");
    /** A character every CJK font has and a Latin font lacks. */
    private static final int PROBE = '政';

    private final Path file;
    private final TrueTypeFont font;
    private final AutoCloseable owner;
    private final CmapLookup cmap;
    private final Map<Integer, Float> advances = new HashMap<>();

    private NoticeFont(Path file, TrueTypeFont font, AutoCloseable owner) throws IOException {
        this.file = file;
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup();
    }

    /**
     * The configured font file if given (it must then be usable: a wrong path is an error, not a silent
     * fallback), else fontconfig's match for {@value #FAMILY}, else the package's usual path.
     */
    public static NoticeFont locate(Optional<Path> configured) throws NoticeFontException {
        if (configured.isPresent()) {
            return load(configured.get());
        }
        List<Path> candidates = new ArrayList<>();
        Fontconfig.match(FAMILY, Duration.ofSeconds(5)).ifPresent(candidates::add);
        if (!candidates.contains(DEBIAN_PATH)) {
            candidates.add(DEBIAN_PATH);
        }
        return firstUsable(candidates);
    }

    /** The first candidate that loads; else an error listing each and naming the package to install. */
    static NoticeFont firstUsable(List<Path> candidates) throws NoticeFontException {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isReadable(candidate)) {
                tried.add(candidate + " (missing)");
                continue;
            }
            try {
                return load(candidate);
            } catch (NoticeFontException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new NoticeFontException("no TrueType CJK font for the A4 notice: " + FAMILY + " not found (tried "
                + String.join("; ", tried) + "). Install it with: sudo apt-get install " + PACKAGE
                + " — or set notice.font in kiosk.yaml to a TrueType (.ttf/.ttc) font with Chinese glyphs");
    }

    /** Loads one font file (.ttf, or a .ttc collection of which the Micro Hei face, else the first CJK face, is used). */
    public static NoticeFont load(Path file) throws NoticeFontException {
        if (!Files.isReadable(file)) {
            throw new NoticeFontException("font file " + file + " does not exist or cannot be read");
        }
        try {
            if (isCollection(file)) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                try {
                    TrueTypeFont chosen = chooseFace(collection);
                    if (chosen == null) {
                        throw new NoticeFontException("font collection " + file + " has no face with Chinese glyphs");
                    }
                    return checked(new NoticeFont(file, chosen, collection));
                } catch (NoticeFontException | IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            try {
                return checked(new NoticeFont(file, ttf, ttf));
            } catch (NoticeFontException | RuntimeException e) {
                ttf.close();
                throw e;
            }
        } catch (IOException e) {
            throw new NoticeFontException("cannot read font " + file + ": " + e.getMessage());
        }
    }

    private static NoticeFont checked(NoticeFont f) throws NoticeFontException, IOException {
        if (f.font instanceof OpenTypeFont otf && otf.isPostScript()) {
            f.close();
            throw new NoticeFontException("font " + f.file + " has CFF (PostScript) outlines, which PDFBox cannot embed as a"
                    + " subset; use a TrueType font such as " + FAMILY + " (" + PACKAGE + ")");
        }
        if (!f.canDraw(PROBE)) {
            f.close();
            throw new NoticeFontException("font " + f.file + " (" + f.font.getName() + ") has no Chinese glyphs");
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
            if (best[0] == null || POSTSCRIPT_NAME.equals(face.getName())) {
                best[0] = face;
            }
        });
        return best[0];
    }

    private static boolean isCollection(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            return new String(tag, StandardCharsets.ISO_8859_1).equals("ttcf");
        }
    }


    /** The file the glyphs come from. */
    public Path file() {
        return file;
    }

    /** The face's PostScript name, e.g. WenQuanYiMicroHei. */
    public String name() {
        try {
            return font.getName();
        } catch (IOException e) {
            return file.getFileName().toString();
        }
    }

    /** True when the font has a glyph for the code point. */
    public synchronized boolean canDraw(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
    }

    /** Advance width of the code point's glyph in PDF text space (1/1000 em). */
    synchronized float advance(int codePoint) {
        Float w = advances.get(codePoint);
        if (w == null) {
            try {
                int gid = cmap == null ? 0 : cmap.getGlyphId(codePoint);
                w = font.getAdvanceWidth(gid) * 1000f / font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph metrics from " + file, e);
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
    synchronized PDFont subset(PDDocument doc, Set<Integer> codePoints) throws IOException {
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
