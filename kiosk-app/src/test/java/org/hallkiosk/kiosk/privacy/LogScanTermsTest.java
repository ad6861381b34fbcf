package org.hallkiosk.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan of {@link LogPrivacyIT} catches what it must and lets the masked forms pass. */
class LogScanTermsTest {

    private final Set<String> terms = LogPrivacyIT.forbidden();

    private boolean hit(String line) {
        return terms.stream().anyMatch(line::contains);
    }

    @Test
    void catchesWholeAndPartialNamesAndNumbersOfEveryCard() {
        assertThat(hit("visitor 110101199003071137")).isTrue();
        assertThat(hit("visitor 1101011990030")).as("a prefix longer than the mask keeps").isTrue();
        assertThat(hit("born 19900307")).isTrue();
        assertThat(hit("permit 810000199408230020")).isTrue();
        assertThat(hit("foreign USA110090307015")).isTrue();
        assertThat(hit("pass H60123456")).isTrue();
        assertThat(hit("name 李四")).isTrue();
        assertThat(hit("name 小红")).isTrue();
        assertThat(hit("name SMITH")).isTrue();
        assertThat(hit("name 史密斯")).isTrue();
        assertThat(hit("frame 31003100300031003000")).as("UTF-16LE hex of 11010").isFalse();
        assertThat(hit("frame 310031003000310030003100310039003900300030003300300037003100310033003700")).isTrue();
    }

    @Test
    void letsTheMaskedFormsAndTheDistrictCodePass() {
        assertThat(hit("card 1101**********1137 李* 陈*红 S*T 史*斯 H******56 USA1*******7015")).isFalse();
        assertThat(hit("district 110101")).isFalse();
    }
}
