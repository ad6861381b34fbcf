package org.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAre0700AndFiles0600NewOrExisting() throws Exception {
        Path d = OwnerOnly.directory(dir.resolve("a").resolve("b"));
        assertThat(mode(d)).isEqualTo("rwx------");
        Path wide = Files.createDirectory(dir.resolve("wide"));
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(mode(OwnerOnly.directory(wide))).isEqualTo("rwx------");

        Path f = OwnerOnly.file(d.resolve("queue.db"));
        assertThat(mode(f)).isEqualTo("rw-------");
        Path old = Files.createFile(dir.resolve("old.log"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnly.readableByOthers(old)).isTrue();
        OwnerOnly.narrowIfPresent(old);
        assertThat(mode(old)).isEqualTo("rw-------");
        assertThat(OwnerOnly.readableByOthers(old)).isFalse();
        OwnerOnly.narrowIfPresent(dir.resolve("missing")); // no error
    }

    @Test
    void writeStringReplacesTheFileWholeAndOwnerOnly() throws Exception {
        Path f = dir.resolve("kiosk.yaml");
        Files.writeString(f, "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnly.writeString(f, "adminPinHash: \"x\"\n");
        assertThat(Files.readString(f)).isEqualTo("adminPinHash: \"x\"\n");
        assertThat(mode(f)).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("kiosk.yaml");
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
