package org.hallkiosk.kiosk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./kiosk} launcher's choice of command: a copy of the script beside a ready jar and a stand-in {@code java}
 * that records the arguments it is given.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path launcher;
    private Path argsFile;

    @BeforeEach
    void copyLauncher() throws IOException {
        Path script = Path.of("..", "kiosk").toAbsolutePath().normalize();
        launcher = dir.resolve("kiosk");
        Files.copy(script, launcher);
        executable(launcher);
        Path jar = dir.resolve("kiosk-app/target/kiosk-app.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not a jar: the stand-in java never opens it");
        argsFile = dir.resolve("java-args");
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = "-version" ]; then echo 'openjdk version "17.0.9" 2023-10-17' >&2; exit 0; fi
                for a in "$@"; do printf '%%s\\n' "$a"; done > '%s'
                """.formatted(argsFile));
        executable(java);
    }

    @Test
    void leadingGlobalOptionsPassThroughToTheCommand() throws Exception {
        List<String> args = launch("--config", "/tmp/k.yaml", "progress", "lookup", "--case", "X1");
        assertThat(args).containsSubsequence("-jar", "--config", "/tmp/k.yaml", "progress", "lookup", "--case", "X1")
                .doesNotContain("run");
        assertThat(launch("--verbose", "--config=/tmp/k.yaml", "devices", "status"))
                .containsSubsequence("-jar", "--verbose", "--config=/tmp/k.yaml", "devices", "status").doesNotContain("run");
    }

    @Test
    void runOnlyWhenNoCommandIsGiven() throws Exception {
        assertThat(tail(launch())).containsExactly("run");
        assertThat(tail(launch("--windowed"))).containsExactly("run", "--windowed");
        assertThat(tail(launch("--config", "/tmp/k.yaml", "--windowed"))).containsExactly("run", "--config", "/tmp/k.yaml", "--windowed");
        assertThat(tail(launch("--help"))).containsExactly("--help");
        assertThat(tail(launch("--version"))).containsExactly("--version");
        assertThat(tail(launch("config", "show"))).containsExactly("config", "show");
    }

    /** The arguments after {@code -jar JAR}. */
    private static List<String> tail(List<String> javaArgs) {
        int jar = javaArgs.indexOf("-jar");
        return javaArgs.subList(jar + 2, javaArgs.size());
    }

    private List<String> launch(String... args) throws Exception {
        Files.deleteIfExists(argsFile);
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile());
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("HALLKIOSK_CDS", "off");
        pb.environment().put("DISPLAY", ":0");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return Files.readAllLines(argsFile);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }
}
