package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl hall bench} runs end to end in a short run: a server JVM per database, the mix, the naive baseline. */
class HallBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aShortRunMeasuresBothDatabasesBesideTheNaiveBaselineAndCleansUp() throws Exception {
        CliRun r = CliRun.run(dir, "hall", "bench", "--rates", "40", "--seconds", "1", "--warm-up", "1", "--db", "sqlite,postgresql",
                "--dir", dir.resolve("scratch").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows).filteredOn(l -> l.startsWith("sqlite") && l.contains("hall server")).hasSize(1);
        assertThat(rows).filteredOn(l -> l.startsWith("postgresql") && l.contains("hall server")).hasSize(1);
        assertThat(rows).filteredOn(l -> l.contains("naive count+ins")).hasSize(2);
        String sqlite = java.util.Arrays.stream(rows).filter(l -> l.startsWith("sqlite") && l.contains("hall server")).findFirst().orElseThrow();
        String[] cols = sqlite.trim().split("\\s+");
        assertThat(Integer.parseInt(cols[4])).as("sent").isEqualTo(40);
        assertThat(Integer.parseInt(cols[5])).as("issued").isPositive();
        assertThat(Integer.parseInt(cols[7])).as("failed").isZero();
        assertThat(cols[cols.length - 1]).as("the server never gives a number twice").isEqualTo("0");
        try (var left = Files.list(dir.resolve("scratch"))) {
            assertThat(left).as("scratch databases deleted").isEmpty();
        }
    }
}
