package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;

/** The {@code progress:} section of kiosk.yaml. */
class ProgressSectionTest {

    static final Path FILE = Path.of("kiosk.yaml");

    static ProgressSettings read(String yaml) throws ConfigException {
        KioskConfig c = ConfigLoader.parse(FILE, yaml);
        return c.section(ProgressSettings.class);
    }

    @Test
    void withNothingSetTheDemoCasesAndTheUrlRuleApply() throws ConfigException {
        ProgressSettings s = read("kioskId: k1\n");
        assertThat(s).isEqualTo(ProgressSettings.defaults());
        assertThat(s.source()).isEqualTo(ProgressSettings.Source.DEMO);
        assertThat(s.qrRules()).containsExactly(new QrRule.UrlRule("sblsh", "cxmm", ""));
    }

    @Test
    void readsAFullHttpSetup() throws ConfigException {
        ProgressSettings s = read("""
                progress:
                  source: http
                  idCardLookup: true
                  keypad:
                    letters: false
                  qr:
                    order: signed, regex, url
                    url: {caseParam: bjbh, codeParam: cxm, host: zwfw.example.gov.cn}
                    regex:
                      pattern: 'BJ:(?<case>[0-9A-Z-]+);CX:(?<code>\\d{6})'
                    signed:
                      key: "0123456789abcdef-centre-key"
                  http:
                    caseUrl: "https://sp.example.gov.cn/api/bj?sblsh={caseNumber}&cxmm={queryCode}"
                    holderUrl: "https://sp.example.gov.cn/api/bjlist"
                    holderBody: '{"zjhm":"{idNumber}"}'
                    timeoutSeconds: 5
                    retries: 0
                    headers:
                      X-Token: secret-token-value
                    statusCodes:
                      "1": SUBMITTED
                      "8": 审查中
                    pickupMethods:
                      "1": window
                    okCodes: "0, 200"
                    notFoundCodes: "1001"
                    map:
                      caseRoot: /data/bj
                      caseNumber: /sblsh
                      itemCode: none
                      step.name: /hjmc
                """);
        assertThat(s.source()).isEqualTo(ProgressSettings.Source.HTTP);
        assertThat(s.keypadLetters()).isFalse();
        assertThat(s.qrRules()).extracting(QrRule::name).containsExactly("signed", "regex", "url");
        assertThat(s.qrRules().get(2)).isEqualTo(new QrRule.UrlRule("bjbh", "cxm", "zwfw.example.gov.cn"));
        HttpSourceSettings h = s.http().orElseThrow();
        assertThat(h.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(h.retries()).isZero();
        assertThat(h.headers()).containsEntry("X-Token", "secret-token-value");
        assertThat(h.statusCodes()).containsEntry("1", CaseStatus.SUBMITTED).containsEntry("8", CaseStatus.UNDER_REVIEW);
        assertThat(h.okCodes()).containsExactlyInAnyOrder("0", "200");
        assertThat(h.fields().pointers()).containsEntry("caseRoot", "/data/bj").containsEntry("itemCode", "")
                .containsEntry("step.name", "/hjmc").containsEntry("itemName", "/itemName");

        List<String> shown = new ProgressSection().describe(s);
        assertThat(String.join("\n", shown)).contains("http.headers.X-Token: <set>", "qr.signed.key: <set>")
                .doesNotContain("secret-token-value").doesNotContain("0123456789abcdef");
        assertThat(h.toString()).doesNotContain("secret-token-value");
    }

    @Test
    void everyMistakeIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  colour: blue
                  qr:
                    order: url, fancy
                    regex:
                      pattern: 'BJ:(?<case>\\d+)'
                    signed:
                      key: short
                  http:
                    timeoutSeconds: 0
                    map:
                      caseNumber: sblsh
                    statusCodes:
                      "9": 办好了
                    headers:
                      Host: x
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).startsWith("line 3").contains("progress.colour").contains("unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("line 5").contains("'fancy' is not a rule"))
                .anySatisfy(p -> assertThat(p).startsWith("line 7").contains("(?<code>"))
                .anySatisfy(p -> assertThat(p).startsWith("line 9").contains("at least 16"))
                .anySatisfy(p -> assertThat(p).startsWith("line 11").contains("between 1 and 30"))
                .anySatisfy(p -> assertThat(p).startsWith("line 13").contains("JSON pointer"))
                .anySatisfy(p -> assertThat(p).startsWith("line 15").contains("public status"))
                .anySatisfy(p -> assertThat(p).startsWith("line 17").contains("cannot be set"))
                .anySatisfy(p -> assertThat(p).startsWith("line 2").contains("http.caseUrl is not set")));
    }

    @Test
    void urlTemplatesMustCarryTheirPlaceholders() {
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "https://sp.example.gov.cn/api/bj?sblsh={caseNumber}"
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("{queryCode}")));
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "ftp://sp.example.gov.cn/{caseNumber}/{queryCode}"
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("must be an https:// URL")));
    }

    @Test
    void plainHttpOnlyToLoopbackAndTheHolderLookupOnlyByPost() {
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "http://sp.example.gov.cn/api/bj?sblsh={caseNumber}&cxmm={queryCode}"
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("line 4").contains("must be https://")));
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "https://sp.example.gov.cn/api/bj?sblsh={caseNumber}&cxmm={queryCode}"
                    holderUrl: "https://sp.example.gov.cn/api/bjlist?zjhm={idNumber}"
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("line 5").contains("must not contain {idNumber}")));
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "https://sp.example.gov.cn/api/bj?sblsh={caseNumber}&cxmm={queryCode}"
                    holderUrl: "https://sp.example.gov.cn/api/bjlist"
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("needs http.holderBody")));
        for (String local : new String[] {"127.0.0.1:8080", "localhost", "[::1]:9000"}) {
            assertThat(HttpSourceSettings.checkTemplate("http://" + local + "/c?n={caseNumber}", java.util.List.of())).isNotEmpty();
        }
    }

    @Test
    void tlsFilesThatCannotBeReadAreConfigurationErrors() {
        assertThatThrownBy(() -> read("""
                progress:
                  source: http
                  http:
                    caseUrl: "https://sp.example.gov.cn/api/bj?sblsh={caseNumber}&cxmm={queryCode}"
                    tls:
                      caBundle: /nonexistent/ca.pem
                """)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("line 6").contains("/nonexistent/ca.pem")));
    }

    @Test
    void anOrderNamingAnUnconfiguredRuleIsAnError() {
        assertThatThrownBy(() -> read("progress:\n  qr:\n    order: signed, url\n"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("qr.signed.key is not set")));
    }
}
