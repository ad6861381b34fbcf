package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.hallkiosk.font.CjkFontFile;
import org.hallkiosk.font.CjkFontLookup;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// TestFX starts JavaFX here as for every UI test: starting it another way first would upset the UI tests that
// share this JVM (their primary stage is TestFX's).
@ExtendWith(ApplicationExtension.class)
class CjkFontTest {

    @Start
    void start(Stage stage) {
        // no scene of its own: the tests draw single Text nodes into snapshots
    }

    @Test
    void afterEnsureLoadedTheStylesheetsFamilyDrawsRealChineseGlyphs() throws Exception {
        CjkFont.Outcome outcome = FxPlatform.call(CjkFont::ensureLoaded);
        assertThat(outcome.available()).isTrue();
        // on a machine with the font JavaFX finds it itself; without it (a JDK-only machine) the bundled copy is loaded
        assertThat(outcome.source()).matches(CjkFont.ALREADY_KNOWN + "|.*wqy-microhei\\.ttc.*");
        assertThat(FxPlatform.call(CjkFont::available)).isTrue();
        assertThat(FxPlatform.call(() -> Font.font(CjkFont.FAMILY, 30).getFamily())).isEqualTo(CjkFont.FAMILY);
        // boxes look alike; two different characters drawn for real do not
        Image zheng = FxPlatform.call(() -> snapshot("政"));
        Image wu = FxPlatform.call(() -> snapshot("务"));
        assertThat(darkPixels(zheng)).isGreaterThan(60);
        assertThat(darkPixels(wu)).isGreaterThan(60);
        assertThat(differingPixels(zheng, wu)).isGreaterThan(60);
        assertThat(FxPlatform.call(CjkFont::ensureLoaded)).isEqualTo(new CjkFont.Outcome(CjkFont.ALREADY_KNOWN, true));
    }

    @Test
    void theBundledCopyLoadsFromInsideAJarWithBothFacesWherePangoIsInstalled(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("cjk-font.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             InputStream font = CjkFontLookup.bundled().open()) {
            j.putNextEntry(new JarEntry("org/hallkiosk/font/wqy-microhei.ttc"));
            font.transferTo(j);
            j.closeEntry();
        }
        CjkFontFile inJar = new CjkFontFile(new URL("jar:" + jar.toUri() + "!/org/hallkiosk/font/wqy-microhei.ttc"), true);
        List<Font> faces = FxPlatform.call(() -> CjkFont.load(inJar));
        if (pangoInstalled()) {
            assertThat(faces).extracting(Font::getFamily).contains(CjkFont.FAMILY, "WenQuanYi Micro Hei Mono");
        } else {
            // JavaFX registers font files with pango; without it loading fails, and quietly: ensureLoaded reports it
            assertThat(faces).isEmpty();
        }
    }

    @Test
    void anUnreadableFileLoadsNothing(@TempDir Path dir) throws Exception {
        assertThat(FxPlatform.call(() -> CjkFont.load(CjkFontFile.at(dir.resolve("none.ttc"))))).isEmpty();
    }

    /** JavaFX's font file loading on Linux links libpangoft2 (a desktop library; a JDK-only machine has none). */
    private static boolean pangoInstalled() throws java.io.IOException {
        for (Path dir : List.of(Path.of("/usr/lib"), Path.of("/lib"), Path.of("/usr/lib64"))) {
            if (Files.isDirectory(dir)) {
                try (var found = Files.find(dir, 2, (p, a) -> p.getFileName().toString().equals("libpangoft2-1.0.so.0"))) {
                    if (found.findAny().isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Image snapshot(String text) {
        Text node = new Text(text);
        node.setFont(Font.font(CjkFont.FAMILY, 40));
        node.setFill(Color.BLACK);
        return node.snapshot(null, null);
    }

    private static int darkPixels(Image image) {
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                n += image.getPixelReader().getColor(x, y).getBrightness() < 0.5 ? 1 : 0;
            }
        }
        return n;
    }

    private static int differingPixels(Image a, Image b) {
        int n = 0;
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                n += a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y) ? 1 : 0;
            }
        }
        return n;
    }
}
