package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The display check over a process table, X socket directory and bin directory laid out in the test's folder. */
class DisplayCheckTest {

    @TempDir
    Path dir;
    Path proc;
    Path x11;
    Path bin;

    @BeforeEach
    void layOut() throws Exception {
        proc = Files.createDirectories(dir.resolve("proc"));
        x11 = Files.createDirectories(dir.resolve("x11"));
        bin = Files.createDirectories(dir.resolve("bin"));
        process(1, "systemd");
    }

    private void process(int pid, String comm) throws Exception {
        Files.writeString(Files.createDirectories(proc.resolve(String.valueOf(pid))).resolve("comm"), comm + "\n");
    }

    private void install(String program) throws Exception {
        Files.createFile(bin.resolve(program), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    private List<Finding> run(Map<String, String> env) {
        return new DisplayCheck(env, proc, x11, List.of(bin)).run();
    }

    @Test
    void theKioskSessionSeenFromAnSshShell() throws Exception {
        install("cage");
        install("Xwayland");
        process(812, "cage");
        process(830, "Xwayland");
        List<Finding> f = run(Map.of());
        assertThat(f).extracting(Finding::status).containsExactly(Finding.Status.OK, Finding.Status.OK);
        assertThat(f.get(0).detail()).contains("cage (pid 812)").contains("Xwayland (pid 830)");
    }

    @Test
    void cageWithoutXwaylandFailsBecauseJavaFxNeedsX11() throws Exception {
        install("cage");
        process(812, "cage");
        List<Finding> f = run(Map.of());
        assertThat(f.get(0).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.get(0).detail()).contains("without Xwayland");
        assertThat(f.get(0).fix()).contains("apt-get install xwayland");
        assertThat(f.get(1).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.get(1).fix()).isEqualTo("sudo apt-get install xwayland");
    }

    @Test
    void noDisplayAndNoSessionSaysHowToStartIt() {
        List<Finding> f = run(Map.of());
        assertThat(f.get(0).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.get(0).fix()).contains("systemctl restart hallkiosk").contains("journalctl -u hallkiosk");
        assertThat(f.get(1).fix()).isEqualTo("sudo apt-get install cage xwayland");
    }

    @Test
    void aShellWithItsOwnXDisplayIsEnoughAndTheCompositorOnlyWarns() throws Exception {
        Files.createFile(x11.resolve("X0"));
        List<Finding> f = run(Map.of("DISPLAY", ":0.0"));
        assertThat(f.get(0)).isEqualTo(Finding.ok("display", "X display :0.0"));
        assertThat(f.get(1).status()).isEqualTo(Finding.Status.WARN);
    }

    @Test
    void aDisplayVariableWithoutItsSocketDoesNotCount() {
        assertThat(run(Map.of("DISPLAY", ":3")).get(0).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(run(Map.of("WAYLAND_DISPLAY", "wayland-1", "XDG_RUNTIME_DIR", dir.toString())).get(0).status())
                .isEqualTo(Finding.Status.FAIL);
    }

    @Test
    void aWaylandSocketInTheRuntimeDirCounts() throws Exception {
        Files.createFile(dir.resolve("wayland-1"));
        Finding f = run(Map.of("WAYLAND_DISPLAY", "wayland-1", "XDG_RUNTIME_DIR", dir.toString())).get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.OK);
        assertThat(f.detail()).contains("wayland-1");
    }
}
