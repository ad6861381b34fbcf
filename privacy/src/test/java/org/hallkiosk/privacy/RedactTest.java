package org.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "resident 18 | card 110101199003071137 read | card 1101**********1137 read",
        "resident X | id=11010519491231002X. | id=1101**********002X.",
        "resident lower x | 11010519491231002x | 1101**********002x",
        "resident 15 | old 110105491231002 card | old 1101*******1002 card",
        "HK/Macao/Taiwan residence permit | 810000199408230020 | 8100**********0020",
        "Macao residence permit | 820000199408230024 | 8200**********0024",
        "Taiwan residence permit | 830000199408230028 | 8300**********0028",
        "foreign permanent 2017 | USA110090307015 | USA1*******7015",
        "foreign permanent 2023 | 911840199003070011 | 9118**********0011",
        "HK travel permit | pass H60123456 | pass H******56",
        "Macao travel permit old | M1234567890 | M********90",
        "Taiwan travel permit | 台胞证 12345678 | 台胞证 ******78",
        "Taiwan travel permit old | 1234567890(B) | **********(*)",
        "mobile | call 13812345678 now | call 138****5678 now",
        "mobile +86 | +86 13812345678 | 138****5678",
        "inside a stack trace | at Foo(msg=110101199003071137) | at Foo(msg=1101**********1137)",
    })
    void masksEveryDocumentTheReaderKnowsAndMobiles(String what, String in, String out) {
        assertThat(Redact.text(in)).as(what).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a date | 20261127",
        "a case number | 11440106MB2D06811W4000117051000202611200008",
        "a ticket id | 261127A001K7QX",
        "a timestamp | 2026-11-27 09:30:00.123",
        "ready time | ready in 1850 ms",
        "hall hotline | 12345",
        "epoch millis | 1764207000000",
    })
    void leavesOrdinaryNumbersAlone(String what, String text) {
        assertThat(Redact.text(text)).as(what).isEqualTo(text);
    }
}
