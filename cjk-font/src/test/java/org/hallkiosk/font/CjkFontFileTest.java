package org.hallkiosk.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileOnDiskHasItsPath() throws Exception {
        Path file = Files.write(dir.resolve("f.ttf"), new byte[] {7, 8});
        CjkFontFile font = CjkFontFile.at(file);
        assertThat(font.path()).contains(file.toAbsolutePath());
        assertThat(font.readable()).isTrue();
        assertThat(font.describe()).isEqualTo(file.toAbsolutePath().toString());
        try (InputStream in = font.open()) {
            assertThat(in.readAllBytes()).containsExactly(7, 8);
        }
        assertThat(CjkFontFile.at(dir.resolve("missing.ttf")).readable()).isFalse();
    }

    @Test
    void aCopyInsideAJarHasNoPathButOpens() throws Exception {
        Path jar = dir.resolve("kiosk.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("org/hallkiosk/font/wqy-microhei.ttc"));
            j.write(new byte[] {'t', 't', 'c', 'f'});
            j.closeEntry();
        }
        URL url = new URL("jar:" + jar.toUri() + "!/org/hallkiosk/font/wqy-microhei.ttc");
        CjkFontFile font = new CjkFontFile(url, true);
        assertThat(font.path()).isEmpty();
        assertThat(font.readable()).isTrue();
        assertThat(font.describe()).isEqualTo("bundled WenQuanYi Micro Hei (" + url + ")");
        try (InputStream in = font.open()) {
            assertThat(in.readAllBytes()).containsExactly('t', 't', 'c', 'f');
        }
    }
}
