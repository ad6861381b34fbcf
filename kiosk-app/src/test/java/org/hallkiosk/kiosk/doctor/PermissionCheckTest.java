package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group membership and device-node access judged for the service account from passwd/group files and real file modes. */
class PermissionCheckTest {

    @TempDir
    Path dir;
    Path etc;
    Path node;
    String nodeGroup;

    @BeforeEach
    void layOut() throws Exception {
        etc = Files.createDirectories(dir.resolve("etc"));
        node = Files.createFile(dir.resolve("ttyUSB0"));
        nodeGroup = Files.readAttributes(node, PosixFileAttributes.class).group().getName();
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n"
                + "hallkiosk:x:990:990:HallKiosk:/var/lib/hallkiosk:/usr/sbin/nologin\n");
    }

    private void groups(String... lines) throws Exception {
        Files.writeString(etc.resolve("group"), String.join("\n", lines) + "\n");
    }

    private List<Finding> run(String mode) throws Exception {
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString(mode));
        return new PermissionCheck(etc, "someone", Map.of("printer", node)).run();
    }

    private static Finding named(List<Finding> findings, String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void theServiceAccountInItsGroupsMayUseANodeOfItsGroup() throws Exception {
        groups("hallkiosk:x:990:", "dialout:x:20:hallkiosk", "gpio:x:997:pi,hallkiosk", nodeGroup + ":x:1234:hallkiosk");
        List<Finding> f = run("rw-rw----");
        assertThat(named(f, "group dialout").status()).isEqualTo(Finding.Status.OK);
        assertThat(named(f, "group gpio").status()).isEqualTo(Finding.Status.OK);
        assertThat(named(f, "access printer").status()).isEqualTo(Finding.Status.OK);
        assertThat(named(f, "access printer").detail()).contains("hallkiosk may read and write").contains("rw-rw----");
    }

    @Test
    void missingGroupsAndAClosedNodeFailWithTheCommandThatFixesThem() throws Exception {
        groups("hallkiosk:x:990:", "dialout:x:20:", "gpio:x:997:pi");
        List<Finding> f = run("rw-rw----");
        assertThat(named(f, "group dialout").status()).isEqualTo(Finding.Status.FAIL);
        assertThat(named(f, "group dialout").fix()).startsWith("sudo usermod -aG dialout hallkiosk");
        assertThat(named(f, "group gpio").fix()).startsWith("sudo usermod -aG gpio hallkiosk");
        Finding access = named(f, "access printer");
        assertThat(access.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(access.fix()).contains("usermod -aG " + nodeGroup + " hallkiosk");
    }

    @Test
    void aMachineWithoutAGpioGroupSkipsThatCheckAndOtherBitsStillCount() throws Exception {
        groups("hallkiosk:x:990:", "dialout:x:20:hallkiosk");
        List<Finding> f = run("rw-rw-rw-");
        assertThat(named(f, "group gpio").status()).isEqualTo(Finding.Status.SKIP);
        assertThat(named(f, "access printer").status()).isEqualTo(Finding.Status.OK);
    }

    @Test
    void anUnpluggedDeviceIsAFailurePointingAtLsusbAndTheRules() throws Exception {
        groups("hallkiosk:x:990:", "dialout:x:20:hallkiosk");
        Finding f = named(new PermissionCheck(etc, "someone", Map.of("printer", dir.resolve("hallkiosk/printer"))).run(), "access printer");
        assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.detail()).contains("does not exist");
        assertThat(f.fix()).contains("lsusb").contains("70-hallkiosk.rules");
    }

    @Test
    void withoutTheServiceAccountTheUserRunningDoctorIsJudged() throws Exception {
        Files.writeString(etc.resolve("passwd"), "someone:x:1000:1000::/home/someone:/bin/bash\n");
        groups("someone:x:1000:", "dialout:x:20:someone");
        List<Finding> f = run("rw-rw-rw-");
        assertThat(named(f, "account").status()).isEqualTo(Finding.Status.SKIP);
        assertThat(named(f, "group dialout").detail()).startsWith("someone is in dialout");
    }

    @Test
    void theNodesOfTheConfiguredDevices() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Files.createFile(dev.resolve("gpiochip0"));
        Files.createFile(dev.resolve("gpiochip4"));
        Map<String, Path> nodes = PermissionCheck.nodesOf(Map.of(
                "printer", "file:/dev/usb/lp0", "idcard", "serial:/dev/hallkiosk/idcard?baud=115200",
                "scanner", "tcp:192.0.2.5:9100", "gpio", "gpiod?presence=17"), dev);
        assertThat(nodes).containsEntry("printer", Path.of("/dev/usb/lp0"))
                .containsEntry("idcard", Path.of("/dev/hallkiosk/idcard"))
                .containsEntry("gpio gpiochip0", dev.resolve("gpiochip0"))
                .containsEntry("gpio gpiochip4", dev.resolve("gpiochip4"))
                .doesNotContainKey("scanner");
        assertThat(PermissionCheck.nodesOf(Map.of("printer", "none", "gpio", "sim:gpio"), dev)).isEmpty();
    }
}
