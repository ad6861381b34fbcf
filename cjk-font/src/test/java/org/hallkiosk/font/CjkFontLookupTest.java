package org.hallkiosk.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontLookupTest {

    /** Debian 12's fonts-wqy-microhei 0.2.0-beta-3.1, as the README beside the font records it. */
    private static final String DEBIAN_SHA256 = "2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3";

    @Test
    void theBundledCopyIsDebiansFileByteForByte() throws Exception {
        CjkFontFile bundled = CjkFontLookup.bundled();
        assertThat(bundled.bundled()).isTrue();
        assertThat(bundled.describe()).startsWith("bundled WenQuanYi Micro Hei (");
        try (InputStream in = bundled.open()) {
            byte[] bytes = in.readAllBytes();
            assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("ttcf");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(DEBIAN_SHA256);
        }
        String readme = new String(CjkFontLookup.class.getResourceAsStream("README.md").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(readme).contains(DEBIAN_SHA256);
    }

    @Test
    void itsLicenceTravelsBesideIt() throws Exception {
        String licence = new String(CjkFontLookup.class.getResourceAsStream("LICENSE-Apache-2.0.txt").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "4. Redistribution.");
        String copyright = new String(CjkFontLookup.class.getResourceAsStream("COPYRIGHT-debian.txt").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(copyright).contains("Upstream-Name: WenQuanYi Micro Hei", "License: Apache-2.0 or GPL-3+ with Font exception");
    }

    @Test
    void theBundledCopyDrawsChineseInAwt() throws Exception {
        try (InputStream in = CjkFontLookup.bundled().open()) {
            Font[] faces = Font.createFonts(in);
            assertThat(Arrays.stream(faces).map(f -> f.getFamily(java.util.Locale.ENGLISH))).contains(CjkFontLookup.FAMILY, "WenQuanYi Micro Hei Mono");
            Font regular = Arrays.stream(faces).filter(f -> f.getFamily(java.util.Locale.ENGLISH).equals(CjkFontLookup.FAMILY)).findFirst().orElseThrow();
            assertThat(regular.getPSName()).isEqualTo(CjkFontLookup.POSTSCRIPT_NAME);
            assertThat(regular.canDisplayUpTo("政务服务中心 取号 办件进度 ABC 123")).isEqualTo(-1);
        }
    }

    @Test
    void withoutTheFontOnTheSystemTheBundledCopyIsTheLastAndOnlySureCandidate() {
        List<CjkFontFile> candidates = CjkFontLookup.candidates(Optional.empty());
        assertThat(candidates.get(candidates.size() - 1).bundled()).isTrue();
        assertThat(candidates).filteredOn(CjkFontFile::bundled).hasSize(1);
        assertThat(candidates).filteredOn(f -> !f.bundled()).allMatch(CjkFontFile::readable)
                .allMatch(f -> f.path().orElseThrow().equals(CjkFontLookup.DEBIAN_PATH));
    }

    @Test
    void fontconfigsAnswerComesFirstAndAMissingFileIsSkipped(@TempDir Path dir) throws Exception {
        Path system = Files.write(dir.resolve("wqy-microhei.ttc"), new byte[] {1});
        assertThat(CjkFontLookup.candidates(Optional.of(system)).get(0)).isEqualTo(CjkFontFile.at(system));
        assertThat(CjkFontLookup.candidates(Optional.of(dir.resolve("gone.ttc"))))
                .noneMatch(f -> f.path().filter(p -> p.startsWith(dir)).isPresent());
    }

    @Test
    void theRealLookupEndsWithTheBundledCopy() {
        List<CjkFontFile> candidates = CjkFontLookup.candidates();
        assertThat(candidates.get(candidates.size() - 1)).isEqualTo(CjkFontLookup.bundled());
        assertThat(CjkFontLookup.system()).isEqualTo(candidates.stream().filter(f -> !f.bundled()).findFirst());
    }
}
