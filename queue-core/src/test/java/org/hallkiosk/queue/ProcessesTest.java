package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Several JVMs on one database, and JVMs killed with SIGKILL mid-issue: never a number twice, never one lost. */
@ParameterizedClass
@EnumSource(Backend.class)
class ProcessesTest {

    @Parameter
    Backend backend;

    /** How many children the crash test kills; kept small enough that the whole class stays under a minute. */
    private static final int KILLS = Integer.getInteger("queue.crash.kills", 15);

    @TempDir
    Path dir;
    TestDatabases dbs;
    String db;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        db = dbs.place().url();
    }

    @AfterEach
    void close() {
        dbs.close();
    }

    @Test
    void fourProcessesIssuing250EachGive1000DistinctConsecutiveNumbers() throws Exception {
        QueueDatabase.open(db).close(); // schema first, so the children race on issuing rather than on migrating
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            children.add(Child.start(db, 250));
        }
        List<String> all = new ArrayList<>();
        for (Child c : children) {
            assertThat(c.process.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            c.reader.join();
            assertThat(c.process.exitValue()).as("child exit; output " + c.lines).isZero();
            assertThat(c.issued()).hasSize(250);
            all.addAll(c.issued());
        }
        assertThat(new HashSet<>(all)).as("reported numbers are distinct").hasSize(1000);
        assertThat(stored(db)).containsExactlyInAnyOrderElementsOf(all);
        assertConsecutive(db, 1000);
    }

    @Test
    void childrenKilledWithSigkillAtRandomMomentsNeverDuplicateOrLoseANumber() throws Exception {
        Random random = new Random(Long.getLong("queue.crash.seed", System.nanoTime()));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < KILLS; i++) {
            Child c = Child.start(db, 0);
            // From JVM start: some kills land while the database opens or migrates, most while issuing.
            Thread.sleep(200 + random.nextInt(900));
            c.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertThat(c.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            c.reader.join();
            for (String n : c.issued()) {
                assertThat(reported.add(n)).as("number " + n + " reported twice across restarts").isTrue();
            }
        }
        Child last = Child.start(db, 5); // a clean run after all the kills still continues the sequence
        assertThat(last.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        last.reader.join();
        assertThat(last.process.exitValue()).isZero();
        reported.addAll(last.issued());
        List<String> stored = stored(db);
        assertThat(new HashSet<>(stored)).as("no duplicate in the database").hasSize(stored.size());
        assertThat(stored).as("every reported ticket was committed").containsAll(reported);
        assertConsecutive(db, stored.size());
        if (backend != Backend.SQLITE) {
            return;
        }
        try (QueueDatabase q = QueueDatabase.open(db)) {
            String check = q.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(check).isEqualTo("ok");
        }
    }

    private static List<String> stored(String db) {
        try (QueueDatabase q = QueueDatabase.open(db)) {
            return q.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT number FROM ticket")) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            });
        }
    }

    /** Sequences 1..n with none missing, and the counter agrees. */
    private static void assertConsecutive(String db, int n) {
        try (QueueDatabase q = QueueDatabase.open(db)) {
            List<Integer> seqs = q.read(c -> {
                List<Integer> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sequence FROM ticket ORDER BY sequence")) {
                    while (r.next()) {
                        out.add(r.getInt(1));
                    }
                }
                return out;
            });
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                expected.add(i);
            }
            assertThat(seqs).isEqualTo(expected);
            long counter = q.read(c -> TicketRows.longValue(c, "SELECT last_sequence FROM line_counter"));
            assertThat(counter).isEqualTo(n);
        }
    }

    /** A child JVM and what it printed. */
    private record Child(Process process, List<String> lines, Thread reader) {

        static Child start(String db, int count) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    IssuingChild.class.getName(), db, String.valueOf(count));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            List<String> lines = Collections.synchronizedList(new CopyOnWriteArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed mid-line: what was read so far is what it reported
                }
            });
            reader.start();
            return new Child(p, lines, reader);
        }

        /** Numbers the child reported as committed; a half-written last line (killed mid-print) does not count. */
        List<String> issued() {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                if (l.matches("ISSUED A\\d{3,4}")) {
                    out.add(l.substring(7));
                }
            }
            return out;
        }
    }
}
