package org.hallkiosk.kiosk.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingSettings;
import org.junit.jupiter.api.Test;

/** The {@code rating:} section of kiosk.yaml, and the sentences a refusal is told in. */
class RatingSectionTest {

    static final Path FILE = Path.of("/etc/hallkiosk/kiosk.yaml");

    @Test
    void defaultsAndEveryKey() throws Exception {
        assertThat(ConfigLoader.parse(FILE, "kioskId: k1\n").section(RatingSettings.class)).isEqualTo(new RatingSettings(7, 15, "12345"));
        RatingSettings s = ConfigLoader.parse(FILE, "rating:\n  caseWindowDays: 10\n  handleWithinDays: 5\n  hotline: \"0571-12345\"\n")
                .section(RatingSettings.class);
        assertThat(s).isEqualTo(new RatingSettings(10, 5, "0571-12345"));
    }

    @Test
    void badValuesNameTheKeyAndLine() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "rating:\n  caseWindowDays: 0\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2").hasMessageContaining("caseWindowDays");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "rating:\n  hotline: call us\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("hotline").hasMessageContaining("phone number");
    }

    @Test
    void refusalsInBothLanguages() {
        RatingWords words = new RatingWords(ZoneId.of("Asia/Shanghai"));
        RatingOutcome again = new RatingOutcome.AlreadyRated("A007", Instant.parse("2026-11-27T02:05:00Z"));
        assertThat(words.say(again, false)).isEqualTo("A007 已于 11月27日 10:05 评价过，每次服务只能评价一次。");
        assertThat(words.say(again, true)).isEqualTo("A007 was already rated on 27 Nov 10:05; each service is rated once.");
        RatingOutcome late = new RatingOutcome.NotRateable("too-late", java.util.List.of("BJ001", "7"));
        assertThat(words.say(late, false)).contains("办结已超过 7 天");
        assertThat(words.say(new RatingOutcome.NotRateable("not-finished", java.util.List.of("A001")), true)).contains("has not been served yet");
    }
}
