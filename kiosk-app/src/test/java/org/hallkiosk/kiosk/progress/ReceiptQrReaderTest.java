package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptQrReaderTest {

    static final byte[] KEY = "centre-secret-key-0123456789".getBytes(StandardCharsets.UTF_8);
    static final ReceiptQrReader ALL_RULES = new ReceiptQrReader(List.of(
            new QrRule.SignedRule(KEY),
            new QrRule.UrlRule("sblsh", "cxmm", ""),
            QrRule.PatternRule.compile("BJ:(?<case>[0-9A-Z-]{6,64});CX:(?<code>\\d{6})")));

    @Test
    void readsAReceiptUrlWithTheConfiguredParameters() {
        QrReading r = ALL_RULES.read("https://www.gdzwfw.gov.cn/bscx?sblsh=11440232MB2D06811W4000117051000202010200008&cxmm=482913\r\n");
        assertThat(r).isEqualTo(new QrReading.Recognised(
                new ReceiptKey("11440232MB2D06811W4000117051000202010200008", "482913"), "url"));
    }

    @Test
    void urlParametersMayComeInAnyOrderAnyCaseAndAfterAFragment() {
        assertThat(ALL_RULES.read("https://m.example.gov.cn/h5/#/progress?CXMM=482913&from=qr&SBLSH=62052400MZ-XK-0001"))
                .isEqualTo(new QrReading.Recognised(new ReceiptKey("62052400MZ-XK-0001", "482913"), "url"));
        assertThat(ALL_RULES.read("http://10.0.0.5:8080/query?sblsh=62052400MZ%2DXK%2D0001&cxmm=482913"))
                .isInstanceOf(QrReading.Recognised.class);
    }

    @Test
    void aUrlWithoutTheQueryCodeOrWithTwoDifferentCaseNumbersIsRefused() {
        assertThat(ALL_RULES.read("https://x.gov.cn/q?sblsh=62052400MZ-XK-0001")).isInstanceOf(QrReading.Unrecognised.class);
        assertThat(ALL_RULES.read("https://x.gov.cn/q?sblsh=62052400MZ-XK-0001&cxmm=482913&sblsh=62052400MZ-XK-0002"))
                .isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void aHostRestrictionKeepsOtherSitesOut() {
        ReceiptQrReader onlyOurs = new ReceiptQrReader(List.of(new QrRule.UrlRule("sblsh", "cxmm", "zwfw.example.gov.cn")));
        assertThat(onlyOurs.read("https://ZWFW.example.gov.cn/bjcx?sblsh=62052400MZ-XK-0001&cxmm=482913"))
                .isInstanceOf(QrReading.Recognised.class);
        assertThat(onlyOurs.read("https://evil.example.com/bjcx?sblsh=62052400MZ-XK-0001&cxmm=482913"))
                .isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void readsTheRegexRuleByItsNamedGroups() {
        assertThat(ALL_RULES.read("BJ:62052400MZ-XK-0001;CX:482913"))
                .isEqualTo(new QrReading.Recognised(new ReceiptKey("62052400MZ-XK-0001", "482913"), "regex"));
        assertThat(ALL_RULES.read("BJ:62052400MZ-XK-0001;CX:48291")).isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void aPatternWithoutBothGroupsIsRefusedAtConfigurationTime() {
        assertThatThrownBy(() -> QrRule.PatternRule.compile("BJ:(?<case>\\d+)")).hasMessageContaining("(?<code>");
        assertThatThrownBy(() -> QrRule.PatternRule.compile("BJ:(?<case>[")).hasMessageContaining("not a valid regular expression");
    }

    @Test
    void aSignedReceiptIsReadAndATamperedOneIsNot() {
        ReceiptKey key = new ReceiptKey("44010600ZJ-XK-0158", "135790");
        String payload = ReceiptSignature.sign(KEY, key);
        assertThat(payload).startsWith("HKQ1.44010600ZJ-XK-0158.135790.");
        assertThat(ALL_RULES.read(payload)).isEqualTo(new QrReading.Recognised(key, "signed"));

        String otherCode = payload.replace(".135790.", ".135791.");
        assertThat(ALL_RULES.read(otherCode)).isInstanceOf(QrReading.Unrecognised.class);
        byte[] otherKey = "another-centre-key-0123456789".getBytes(StandardCharsets.UTF_8);
        assertThat(new ReceiptQrReader(List.of(new QrRule.SignedRule(otherKey))).read(payload))
                .isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void theSigningKeyIsNeverPrinted() {
        assertThat(new QrRule.SignedRule(KEY).toString()).doesNotContain("centre-secret");
        assertThatThrownBy(() -> new QrRule.SignedRule("short".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("16 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "https://example.com/", "1' OR '1'='1", "<script>alert(1)</script>",
        "https://x.gov.cn/q?sblsh=1'%20OR%201=1--&cxmm=482913", "https://x.gov.cn/q?sblsh=<script>&cxmm=482913",
        "https://x.gov.cn/q?sblsh=%E0%A4%A&cxmm=1", "HKQ1....", "HKQ1.a.b.c", "BJ:;CX:", "sblsh=62052400MZ-XK-0001&cxmm=482913"})
    void anythingElseIsUnrecognised(String payload) {
        assertThat(ALL_RULES.read(payload)).isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void controlCharactersInsideThePayloadAreRefused() {
        assertThat(ALL_RULES.read("https://x.gov.cn/q?sblsh=62052400MZ-XK-0001\u0000&cxmm=482913"))
                .isInstanceOf(QrReading.Unrecognised.class);
    }

    @Test
    void aRunawayPatternGivesUpInsteadOfHanging() {
        ReceiptQrReader catastrophic = new ReceiptQrReader(List.of(QrRule.PatternRule.compile("(?<case>(a+)+)(?<code>b)")));
        long start = System.nanoTime();
        assertThat(catastrophic.read("a".repeat(40) + "c")).isInstanceOf(QrReading.Unrecognised.class);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms spent on a catastrophic pattern").isLessThan(5_000);
    }

    @Test
    void theReasonNeverRepeatsThePayload() {
        QrReading r = ALL_RULES.read("身份证110101199003071137");
        assertThat(((QrReading.Unrecognised) r).reason()).doesNotContain("110101199003071137");
    }
}
