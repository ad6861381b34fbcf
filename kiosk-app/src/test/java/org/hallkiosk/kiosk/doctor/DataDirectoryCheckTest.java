package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory's owner, mode, files and free space, on real directories. */
class DataDirectoryCheckTest {

    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path dir;

    private Path data(String mode) throws Exception {
        Path d = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString(mode));
        return d;
    }

    @Test
    void ownerOnlyAndWritableIsOk() throws Exception {
        Path d = data("rwx------");
        Files.createFile(d.resolve("queue.db"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        List<Finding> f = new DataDirectoryCheck(d, ME).run();
        assertThat(f).extracting(Finding::check).containsExactly("data directory", "disk space");
        assertThat(f).allMatch(x -> x.status() == Finding.Status.OK);
        assertThat(f.get(0).detail()).contains("owner-only").contains("rwx------");
    }

    @Test
    void aDirectoryOthersCanReadFailsWithChmod() throws Exception {
        Path d = data("rwxr-xr-x");
        Finding f = new DataDirectoryCheck(d, ME).run().get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.fix()).isEqualTo("chmod 700 " + d);
    }

    @Test
    void readableFilesInsideAreNamed() throws Exception {
        Path d = data("rwx------");
        Files.createFile(d.resolve("queue.db"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Files.createDirectories(d.resolve("logs"));
        Files.createFile(d.resolve("logs/kiosk.log"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        Finding f = new DataDirectoryCheck(d, ME).run().stream().filter(x -> x.check().equals("data files")).findFirst().orElseThrow();
        assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.detail()).contains("logs/kiosk.log").contains("queue.db");
        assertThat(f.fix()).isEqualTo("chmod -R go-rwx " + d);
    }

    @Test
    void aDirectoryOwnedBySomeoneElseThanTheKioskFailsWithChown() throws Exception {
        Path d = data("rwx------");
        Finding f = new DataDirectoryCheck(d, "hallkiosk-" + ME).run().get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.fix()).isEqualTo("sudo chown -R hallkiosk-" + ME + ": " + d);
    }

    @Test
    void aMissingDirectoryIsOnlyAWarning() {
        Finding f = new DataDirectoryCheck(dir.resolve("absent"), "hallkiosk").run().get(0);
        assertThat(f.status()).isEqualTo(Finding.Status.WARN);
        assertThat(f.fix()).contains("install -d -m 700 -o hallkiosk");
    }
}
