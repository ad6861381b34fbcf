package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hallkiosk.device.scanner.ScannerSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl devices scan} on the in-process simulator. */
class ScanCommandTest {

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void printsEachCodeOnItsOwnLineExactlyAsScanned() {
        CliRun r = run("devices", "scan", "--link", "sim:scanner", "--count", "3", "--timeout", "10");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactlyElementsOf(ScannerSimulator.DEMO_CODES);
    }

    @Test
    void chineseAndPunctuationComeThroughUntouched() {
        CliRun r = run("devices", "scan", "--link", "sim:scanner", "--sim-code", "办件编号:ZW-2025/0001 不动产", "--timeout", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("办件编号:ZW-2025/0001 不动产" + System.lineSeparator());
    }

    @Test
    void tooFewCodesInTimeIsExitOne() {
        CliRun r = run("devices", "scan", "--link", "sim:scanner", "--sim-code", "A012", "--count", "1", "--timeout", "0.05");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("未扫到码 / no code scanned within 50 ms");
    }

    @Test
    void simCodesNeedASimLinkAndCountMustBePositive() {
        CliRun simOnly = run("devices", "scan", "--link", "serial:" + dir.resolve("ttyACM9"), "--sim-code", "A012");
        assertThat(simOnly.exit()).isEqualTo(1);
        assertThat(simOnly.err()).contains("--sim-code only works with a sim: link");

        CliRun zero = run("devices", "scan", "--link", "sim:scanner", "--count", "0");
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.err()).contains("--count must be between 1 and 10000");

        CliRun missing = run("devices", "scan", "--link", "serial:" + dir.resolve("ttyACM9"), "--timeout", "1");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("扫码器连接断开 / scanner disconnected").contains("does not exist");
    }
}
