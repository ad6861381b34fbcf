package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever a scanner delivers, the reader answers with a typed result and never throws. */
class ReceiptQrFuzzTest {

    private final ReceiptQrReader reader = ReceiptQrReaderTest.ALL_RULES;

    @Property(tries = 500)
    void randomBytesDecodedAnyWayGiveATypedResult(@ForAll @Size(max = 600) byte[] bytes) {
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, java.nio.charset.Charset.forName("GB18030"))) {
            assertTyped(reader.read(new String(bytes, charset)));
        }
    }

    @Property(tries = 500)
    void anyUnicodeTextGivesATypedResult(@ForAll @StringLength(max = 400) String text) {
        assertTyped(reader.read(text));
    }

    @Property(tries = 50)
    void veryLongPayloadsAreRefusedAsTooLong(@ForAll("longPayloads") String text) {
        QrReading r = reader.read(text);
        assertThat(r).isInstanceOf(QrReading.Unrecognised.class);
    }

    @Property(tries = 300)
    void controlCharactersAnywhereInAReceiptUrlGiveATypedResult(@ForAll("withControls") String payload) {
        assertTyped(reader.read(payload));
    }

    @Property(tries = 300)
    void injectionStringsInParametersNeverBecomeAReceipt(@ForAll("hostile") String value) {
        String[] payloads = {
            "https://x.gov.cn/q?sblsh=" + value + "&cxmm=482913",
            "https://x.gov.cn/q?sblsh=62052400MZ-XK-0001&cxmm=" + value,
            "BJ:" + value + ";CX:482913",
            "HKQ1." + value + ".482913.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            value
        };
        for (String p : payloads) {
            QrReading r = reader.read(p);
            assertTyped(r);
            if (r instanceof QrReading.Recognised rec) {
                // Only well-formed case numbers and codes ever come out: nothing hostile reaches a source.
                assertThat(ReceiptKey.isValid(rec.key().caseNumber(), rec.key().queryCode())).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void urlsBuiltFromValidPartsAreAlwaysRead(@ForAll("caseNumbers") String caseNumber, @ForAll("codes") String code) {
        QrReading r = reader.read("https://zwfw.example.gov.cn/bjcx?cxmm=" + code + "&sblsh=" + caseNumber);
        assertThat(r).isEqualTo(new QrReading.Recognised(new ReceiptKey(caseNumber, code), "url"));
    }

    @Property(tries = 200)
    void signedPayloadsRoundTrip(@ForAll("caseNumbers") String caseNumber, @ForAll("codes") String code) {
        ReceiptKey key = new ReceiptKey(caseNumber, code);
        assertThat(reader.read(ReceiptSignature.sign(ReceiptQrReaderTest.KEY, key))).isEqualTo(new QrReading.Recognised(key, "signed"));
    }

    private static void assertTyped(QrReading r) {
        assertThat(r).isNotNull().isInstanceOfAny(QrReading.Recognised.class, QrReading.Unrecognised.class);
    }

    @Provide
    Arbitrary<String> longPayloads() {
        return Arbitraries.strings().ofMinLength(ReceiptQrReader.MAX_PAYLOAD_CHARS + 1).ofMaxLength(200_000)
                .withChars("ab=&?/:%");
    }

    @Provide
    Arbitrary<String> withControls() {
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u0085', '\u2028')
                .ofMinLength(1).ofMaxLength(5);
        return Arbitraries.integers().between(0, 80).flatMap(at -> controls.map(c -> {
            String url = "https://x.gov.cn/q?sblsh=62052400MZ-XK-0001&cxmm=482913";
            int i = Math.min(at, url.length());
            return url.substring(0, i) + c + url.substring(i);
        }));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of("' OR '1'='1", "1; DROP TABLE progress_case;--", "\"; DELETE FROM progress_case; --",
                        "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                        "%27%20OR%201%3D1--", "%3Cscript%3E", "../../etc/passwd", "${jndi:ldap://x/a}", "{{7*7}}",
                        "%00", "%E0%A4%A", "%", "a%2", "\\u0000", "NULL", "　", "\u202e", "😀"),
                Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> caseNumbers() {
        Arbitrary<Character> first = Arbitraries.chars().range('0', '9').range('A', 'Z').range('a', 'z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').withChars('-')
                .ofMinLength(3).ofMaxLength(63);
        return first.flatMap(f -> rest.map(r -> f + r));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'z').ofMinLength(4).ofMaxLength(32);
    }
}
