package org.hallkiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptFontTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultLookupFindsACjkFontOnAnyMachine() {
        ReceiptFont font = ReceiptFont.locate();
        assertThat(font.isFallback()).isFalse();
        assertThat(font.source()).isEqualTo(CjkFontLookup.candidates().get(0).describe());
        assertDrawsDistinctChinese(font);
    }

    @Test
    void aConfiguredFileThatIsNoFontFallsBackToTheLookup() throws Exception {
        Path bogus = Files.writeString(dir.resolve("receipt.ttf"), "not a font");
        ReceiptFont font = ReceiptFont.locate(Optional.of(bogus), List.of(CjkFontLookup.bundled()));
        assertThat(font.isFallback()).isFalse();
        assertThat(font.source()).startsWith("bundled WenQuanYi Micro Hei");
    }

    @Test
    void theBundledCopyLoadsFromInsideAJar() throws Exception {
        Path jar = dir.resolve("kiosk.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             InputStream font = CjkFontLookup.bundled().open()) {
            j.putNextEntry(new JarEntry("org/hallkiosk/font/wqy-microhei.ttc"));
            font.transferTo(j);
            j.closeEntry();
        }
        CjkFontFile inJar = new CjkFontFile(new URL("jar:" + jar.toUri() + "!/org/hallkiosk/font/wqy-microhei.ttc"), true);
        ReceiptFont font = ReceiptFont.locate(Optional.empty(), List.of(inJar));
        assertThat(font.isFallback()).isFalse();
        assertThat(font.source()).contains("jar:file:");
        assertDrawsDistinctChinese(font);
    }

    @Test
    void withNoUsableCandidateItIsTheFlaggedFallback() {
        ReceiptFont font = ReceiptFont.locate(Optional.empty(), List.of(CjkFontFile.at(dir.resolve("none.ttc"))));
        assertThat(font.isFallback()).isTrue();
        assertThat(font.source()).isEqualTo("JDK logical font SansSerif");
    }

    /** Boxes (a font without the glyphs) look alike; real glyphs of two different characters do not. */
    private static void assertDrawsDistinctChinese(ReceiptFont font) {
        BufferedImage zheng = draw(font, "政");
        BufferedImage wu = draw(font, "务");
        assertThat(blackDots(zheng)).isGreaterThan(40);
        assertThat(blackDots(wu)).isGreaterThan(40);
        assertThat(differingDots(zheng, wu)).isGreaterThan(40);
    }

    private static BufferedImage draw(ReceiptFont font, String text) {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 24, 24);
        g.setColor(Color.BLACK);
        font.draw(g, text, 0, 0, 1, 1, false, false);
        g.dispose();
        return image;
    }

    private static int blackDots(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return n;
    }

    private static int differingDots(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }
}
