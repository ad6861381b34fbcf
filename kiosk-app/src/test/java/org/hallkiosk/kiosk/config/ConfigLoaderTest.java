package org.hallkiosk.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Path FILE = Path.of("/etc/hallkiosk/kiosk.yaml");

    @TempDir
    Path dir;

    @Test
    void noFileAnywhereMeansDefaults() throws Exception {
        KioskConfig c = new ConfigLoader(Map.of(), dir.resolve("absent.yaml"), List.of()).load(null);
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(c.devices().printer()).isEqualTo("sim:printer");
        assertThat(c.usesFactoryPin()).isTrue();
        assertThat(c.contentDir()).isEmpty();
    }

    @Test
    void readsEveryKey() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        String yaml = """
                hallName: 西湖区政务服务中心
                kioskId: hall-2F-03
                contentDir: content
                idleTimeoutSeconds: 90
                language: en
                devices:
                  printer: serial:/dev/ttyUSB0?baud=115200
                  paperWidthMm: 58
                  idCardReader: serial:/dev/ttyUSB1
                  gpio: pi4j:gpiod
                """;
        KioskConfig c = ConfigLoader.parse(dir.resolve("kiosk.yaml"), yaml);
        assertThat(c.hallName()).isEqualTo("西湖区政务服务中心");
        assertThat(c.kioskId()).isEqualTo("hall-2F-03");
        assertThat(c.contentDir()).contains(dir.resolve("content"));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.language()).isEqualTo(Locale.ENGLISH);
        assertThat(c.devices().printer()).isEqualTo("serial:/dev/ttyUSB0?baud=115200");
        assertThat(c.devices().paperWidthMm()).isEqualTo(58);
        assertThat(c.devices().scanner()).as("unset keys keep their default").isEqualTo("sim:scanner");
        assertThat(c.devices().gpio()).isEqualTo("pi4j:gpiod");
    }

    @Test
    void theHallsTimeZoneIsASettingWithAChineseDefault() throws Exception {
        assertThat(ConfigLoader.parse(FILE, "kioskId: k1\n").timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(ConfigLoader.parse(FILE, "timeZone: Asia/Urumqi\n").timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "timeZone: Beijing\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: key 'timeZone': must be a time zone such as Asia/Shanghai");
    }

    @Test
    void unknownKeysAndBadValuesAreAllReportedWithKeyAndLine() {
        String yaml = """
                kioskId: hall 1
                idleTimeoutSeconds: soon
                devices:
                  prnter: sim:printer
                  paperWidthMm: 76
                language: fr
                colour: blue
                """;
        // Core keys only: feature sections would add their names to the "known keys" list.
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml, List.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "line 4: key 'devices.prnter': unknown key; known keys here: printer, printerProfile, paperWidthMm, idCardReader, scanner, gpio",
                        "line 7: key 'colour': unknown key; known keys here: hallName, kioskId, contentDir, idleTimeoutSeconds, adminPinHash, language, timeZone, devices",
                        "line 1: key 'kioskId': must be 1-32 letters, digits, '-' or '_' (found: hall 1)",
                        "line 2: key 'idleTimeoutSeconds': must be a whole number (found: soon)",
                        "line 5: key 'devices.paperWidthMm': must be 58 or 80 (found: 76)",
                        "line 6: key 'language': must be zh-CN or en (found: fr)"));
    }

    @Test
    void structureMistakesAreNamed() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "devices: sim:printer\nidleTimeoutSeconds:\n  a: 1\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "line 1: key 'devices': must be a mapping of keys (key: value lines indented below it)",
                        "line 2: key 'idleTimeoutSeconds': must be a single value"));
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "kioskId: a\n  idle: [1,\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems().get(0)).startsWith("line ").contains("not valid YAML"));
    }

    @Test
    void idleTimeoutHasSaneBounds() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "idleTimeoutSeconds: 2\n"))
                .hasMessageContaining("line 1: key 'idleTimeoutSeconds': must be between 30 and 3600 seconds");
    }

    @Test
    void contentDirMustExist() {
        assertThatThrownBy(() -> ConfigLoader.parse(dir.resolve("kiosk.yaml"), "contentDir: nowhere\n"))
                .hasMessageContaining("key 'contentDir': directory").hasMessageContaining("does not exist");
    }

    @Test
    void deviceSettingsAreCheckedByTheDeviceLayer() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "devices:\n  printer: serial:/dev/ttyUSB0?baud=fast\n  printerProfile: acme\n  gpio: gpiod?presence=x\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems().get(0)).startsWith("line 2: key 'devices.printer': must be a link spec").contains("baud");
                    assertThat(e.problems().get(1)).startsWith("line 3: key 'devices.printerProfile': unknown printer profile 'acme' (known: generic");
                    assertThat(e.problems().get(2)).startsWith("line 4: key 'devices.gpio':");
                });
    }

    @Test
    void aDeviceCanBeLeftOut() throws Exception {
        assertThat(ConfigLoader.parse(FILE, "devices:\n  scanner: none\n  gpio: none\n").devices().scanner()).isEqualTo("none");
    }

    @Test
    void linkSpecsMustNameAKnownKind() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "devices:\n  printer: /dev/ttyUSB0\n"))
                .hasMessageContaining("line 2: key 'devices.printer': must be a link spec");
    }

    @Test
    void lookupOrderIsFlagThenEnvironmentThenSystemFile() throws Exception {
        Path flag = Files.writeString(dir.resolve("flag.yaml"), "kioskId: from-flag\n");
        Path env = Files.writeString(dir.resolve("env.yaml"), "kioskId: from-env\n");
        Path system = Files.writeString(dir.resolve("system.yaml"), "kioskId: from-system\n");
        ConfigLoader withEnv = new ConfigLoader(Map.of("HALLKIOSK_CONFIG", env.toString()), system, List.of());
        assertThat(withEnv.load(flag).kioskId()).isEqualTo("from-flag");
        assertThat(withEnv.load(null).kioskId()).isEqualTo("from-env");
        assertThat(new ConfigLoader(Map.of(), system, List.of()).load(null).kioskId()).isEqualTo("from-system");
    }

    @Test
    void aNamedFileThatIsMissingIsAnError() {
        ConfigLoader loader = new ConfigLoader(Map.of("HALLKIOSK_CONFIG", dir.resolve("gone.yaml").toString()), FILE, List.of());
        assertThatThrownBy(() -> loader.load(null)).hasMessageContaining("gone.yaml").hasMessageContaining("HALLKIOSK_CONFIG");
    }

    /** A feature section as later features declare them. */
    record Sample(int retries, Map<String, String> codes) {
    }

    static final class SampleSection implements ConfigSection<Sample> {
        @Override public String name() { return "sample"; }
        @Override public Class<Sample> type() { return Sample.class; }
        @Override public List<String> keys() { return List.of("http.retries", "codes.*"); }
        @Override public Sample defaults() { return new Sample(1, Map.of()); }
        @Override public Sample read(SectionValues v) { return new Sample(v.integer("http.retries", 1, 0, 5), v.mapping("codes")); }
        @Override public List<String> describe(Sample s) { return List.of("http.retries: " + s.retries()); }
    }

    @Test
    void featureSectionsAreReadAndCheckedLikeCoreKeys() throws Exception {
        List<ConfigSection<?>> sections = List.of(new SampleSection());
        KioskConfig ok = ConfigLoader.parse(FILE, "sample:\n  http:\n    retries: 3\n  codes:\n    A01: 已受理\n    A02: 审查中\n", sections);
        assertThat(ok.section(Sample.class)).isEqualTo(new Sample(3, Map.of("A01", "已受理", "A02", "审查中")));

        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "sample:\n  http:\n    retries: 9\n    retry: 1\n", sections))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "line 4: key 'sample.http.retry': unknown key; known keys here: retries",
                        "line 3: key 'sample.http.retries': must be between 0 and 5 (found: 9)"));
        assertThat(KioskConfig.defaults(sections).section(Sample.class).retries()).isEqualTo(1);
    }
}
