package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.device.manager.DeviceSettings;
import org.junit.jupiter.api.Test;

/** The runner, the table and the font and device checks. */
class DoctorTest {

    private static DoctorCheck check(String name, List<Finding> findings) {
        return new DoctorCheck() {
            public String name() {
                return name;
            }

            public List<Finding> run() {
                return findings;
            }
        };
    }

    @Test
    void aCheckThatThrowsFailsOnItsOwnAndTheOthersStillRun() {
        DoctorCheck throwing = new DoctorCheck() {
            public String name() {
                return "throwing";
            }

            public List<Finding> run() {
                throw new IllegalStateException("boom");
            }
        };
        Doctor.Report r = new Doctor(List.of(throwing, check("fine", List.of(Finding.ok("fine", "yes"))))).run();
        assertThat(r.findings()).extracting(Finding::check).containsExactly("throwing", "fine");
        assertThat(r.findings().get(0).detail()).contains("boom");
        assertThat(r.ok()).isFalse();
    }

    @Test
    void warningsAndSkipsDoNotFailTheReport() {
        Doctor.Report r = new Doctor(List.of(check("a", List.of(Finding.warn("a", "meh", "do x"), Finding.skip("b", "n/a"))))).run();
        assertThat(r.ok()).isTrue();
        assertThat(r.counts()).containsEntry(Finding.Status.WARN, 1L).containsEntry(Finding.Status.SKIP, 1L).containsEntry(Finding.Status.FAIL, 0L);
    }

    @Test
    void theTableAlignsChineseAndPutsEachFixUnderItsProblem() {
        String t = FindingTable.render(new Doctor.Report(List.of(
                Finding.ok("打印机", "ok"), Finding.fail("display", "no display", "sudo systemctl restart hallkiosk"))));
        String[] lines = t.split("\n");
        assertThat(lines[0]).startsWith("CHECK    STATUS  DETAIL");
        assertThat(lines[1]).startsWith("打印机   OK      ok");
        assertThat(lines[2]).startsWith("display  FAIL    no display");
        assertThat(lines[3]).isEqualTo(" ".repeat(17) + "fix: sudo systemctl restart hallkiosk");
        assertThat(lines[4]).contains("1 ok, 0 warn, 1 fail, 0 skip").contains("fix the FAIL lines");
    }

    @Test
    void theFontCheckWantsWenQuanYiMicroHei() {
        assertThat(new FontCheck(Optional::empty).run().get(0).fix()).isEqualTo("sudo apt-get install fonts-wqy-microhei");
        assertThat(new FontCheck(() -> Optional.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")).run().get(0).status())
                .isEqualTo(Finding.Status.OK);
        Finding noto = new FontCheck(() -> Optional.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")).run().get(0);
        assertThat(noto.status()).isEqualTo(Finding.Status.WARN);
        assertThat(noto.detail()).contains("JavaFX skips CFF");
    }

    @Test
    void devicesSimulatedWarnMissingFailAndUnfittedAreSkipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String missing = "serial:" + dir.resolve("ttyUSB9") + "?baud=9600";
        DeviceSettings settings = new DeviceSettings(DeviceSettings.Printer.simulated().withSpec(missing), "sim:idcard", "none", "none",
                java.time.Duration.ofSeconds(5), org.hallkiosk.device.manager.Backoff.defaults());
        List<Finding> f = new DeviceCheck(settings, Map.of("printer", missing, "idcard", "sim:idcard", "scanner", "none", "gpio", "none")).run();
        assertThat(f).extracting(Finding::check).containsExactly("device printer", "device idcard", "device scanner", "device gpio");
        assertThat(f.get(0).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.get(0).detail()).contains("does not exist");
        assertThat(f.get(0).fix()).contains("kioskctl devices test-print");
        assertThat(f.get(1).status()).isEqualTo(Finding.Status.WARN);
        assertThat(f.get(1).fix()).contains("devices.idCardReader");
        assertThat(f.get(2).status()).isEqualTo(Finding.Status.SKIP);
    }
}
