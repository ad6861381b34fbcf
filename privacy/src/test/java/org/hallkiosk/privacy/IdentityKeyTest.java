package org.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeyTest {

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = dir.resolve("data").resolve(IdentityKey.FILE_NAME);
        IdentityKey first = IdentityKey.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        IdentityKey again = IdentityKey.loadOrCreate(file);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(again.hash("p", "110101199003071137")).isEqualTo(first.hash("p", "110101199003071137"));
        assertThat(Files.readString(file)).startsWith("# HallKiosk identity key v1");
    }

    @Test
    void aKeyFileReadableByOthersIsNarrowed() throws Exception {
        Path file = dir.resolve(IdentityKey.FILE_NAME);
        IdentityKey.loadOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        IdentityKey.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void processesStartingTogetherAgreeOnOneKey() throws Exception {
        Path file = dir.resolve("race").resolve(IdentityKey.FILE_NAME);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> IdentityKey.loadOrCreate(file).fingerprint());
            }
            Set<String> seen = new HashSet<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                seen.add(f.get());
            }
            assertThat(seen).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(IdentityKey.FILE_NAME);
        }
    }

    @Test
    void aDamagedKeyIsNeverReplacedSilently() throws Exception {
        Path file = dir.resolve(IdentityKey.FILE_NAME);
        Files.writeString(file, "not a key\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> IdentityKey.loadOrCreate(file)).isInstanceOf(IdentityKeyException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged");
        assertThat(Files.readString(file)).isEqualTo("not a key\n");
    }

    @Test
    void purposesAndKeysGiveUnrelatedCodes() {
        IdentityKey a = IdentityKey.of(new byte[32]);
        byte[] other = new byte[32];
        other[31] = 1;
        IdentityKey b = IdentityKey.of(other);
        String id = "110101199003071137";
        assertThat(a.hash("queue/person", id)).hasSize(64).isNotEqualTo(a.hash("progress/holder", id));
        assertThat(a.hash("queue/person", id)).isNotEqualTo(b.hash("queue/person", id));
        assertThat(a.fingerprint()).hasSize(16).isNotEqualTo(b.fingerprint());
        assertThat(a.toString()).doesNotContain("0000000000");
    }

    @Test
    void dailyKeysDifferByDayNormaliseTheCheckCharacterAndForgetPastDays() {
        DailyKeys keys = new DailyKeys(IdentityKey.of(new byte[32]), "queue/person");
        LocalDate fri = LocalDate.of(2026, 11, 27);
        LocalDate mon = LocalDate.of(2026, 11, 30);
        assertThat(keys.idNumberCode(fri, "11010519491231002x")).isEqualTo(keys.idNumberCode(fri, " 11010519491231002X"));
        assertThat(keys.idNumberCode(fri, "110101199003071137")).isNotEqualTo(keys.idNumberCode(mon, "110101199003071137"));
        assertThat(keys.heldDays()).containsExactly(fri, mon);
        keys.forgetBefore(mon);
        assertThat(keys.heldDays()).containsExactly(mon);
    }
}
