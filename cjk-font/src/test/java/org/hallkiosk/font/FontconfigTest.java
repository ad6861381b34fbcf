package org.hallkiosk.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FontconfigTest {

    @Test
    void theFamilysOwnFileIsTheAnswer() {
        assertThat(Fontconfig.parse("WenQuanYi Micro Hei,文泉驛微米黑,文泉驿微米黑\n/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "WenQuanYi Micro Hei")).contains(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        assertThat(Fontconfig.parse("文泉驿微米黑,WenQuanYi Micro Hei\n/opt/f.ttc", "wenquanyi micro hei")).contains(Path.of("/opt/f.ttc"));
    }

    @Test
    void aSubstituteFamilyIsNoAnswer() {
        // what fc-match says for a family the machine lacks: its best guess, a Latin font
        assertThat(Fontconfig.parse("DejaVu Sans\n/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "WenQuanYi Micro Hei")).isEmpty();
        assertThat(Fontconfig.parse("WenQuanYi Micro Hei Mono\n/x.ttc", "WenQuanYi Micro Hei")).isEmpty();
        assertThat(Fontconfig.parse("", "WenQuanYi Micro Hei")).isEmpty();
        assertThat(Fontconfig.parse("WenQuanYi Micro Hei\n", "WenQuanYi Micro Hei")).isEmpty();
    }
}
