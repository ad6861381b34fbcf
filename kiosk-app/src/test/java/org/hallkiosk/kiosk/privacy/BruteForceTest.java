package org.hallkiosk.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hallkiosk.device.idcard.IdNumberCheck;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.cli.CliRun;
import org.hallkiosk.privacy.IdentityKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone walks away with the kiosk's databases (queue.db, progress.db and their -wal/-shm files, not the key
 * file) and tries every ID number of the demo card's district born in its year, with every way of coding them
 * that the kiosk's own code knows, keyed by anything found in those files. Nothing matches. The same search
 * given the key file finds the visitor at once — so the search works, and only the key is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BruteForceTest {

    static final String DISTRICT = "110101";
    static final int YEAR = 1990;
    private static final Pattern HEX64 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final Pattern DAY = Pattern.compile("20\\d\\d-\\d\\d-\\d\\d");

    Path dir;
    Map<String, String> env;
    Path home;

    @BeforeAll
    void aVisitorTakesATicketIsBookedAndHasCases(@TempDir Path tmp) throws Exception {
        dir = tmp;
        home = dir.resolve("home");
        Path config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "progress:\n  source: local\n");
        env = new HashMap<>(CliRun.environment(dir));
        env.put("HALLKIOSK_CONFIG", config.toString());
        env.put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
        Path bookings = dir.resolve("bookings.csv");
        Files.writeString(bookings, "code,line,date,from,to,idNumber,name\n"
                + "YY-20261127-0930,D,2026-11-27,09:30,10:00,110101199003071137,李四\n");
        assertThat(CliRun.run(env, "appointments", "import", bookings.toString()).exit()).isZero();
        CliRun ticket = CliRun.run(env, "ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none");
        assertThat(ticket.exit()).as("issued (3: not printed, there is no printer)" + ticket.err()).isEqualTo(3);
        CliRun imported = CliRun.run(env, "progress", "import", "--demo");
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    }

    @Test
    void withTheDatabaseFilesAloneNoIdNumberIsFound() throws Exception {
        List<Path> stolen = databaseFiles();
        assertThat(stolen).extracting(p -> p.getFileName().toString()).contains("queue.db", "progress.db");
        Search s = search(stolen, keyMaterialIn(stolen));
        System.out.printf("brute force without the key: %,d ID numbers x %d codings = %,d tries in %d ms, %d found%n",
                s.candidates(), s.codings(), s.candidates() * s.codings(), s.millis(), s.found().size());
        assertThat(s.targets()).as("the files do hold codes of the visitor").isGreaterThanOrEqualTo(3);
        assertThat(s.found()).isEmpty();
    }

    @Test
    void theSameSearchWithTheKeyFileFindsTheVisitor() throws Exception {
        List<Path> stolen = databaseFiles();
        byte[] secret = Base64.getDecoder().decode(Files.readAllLines(home.resolve(IdentityKey.FILE_NAME)).get(1));
        Search s = search(stolen, List.of(secret));
        System.out.printf("brute force with the key: %,d ID numbers x %d codings in %d ms, found %s%n",
                s.candidates(), s.codings(), s.millis(), s.found());
        assertThat(s.found()).containsExactly(SimulatedCards.resident().idNumber());
    }

    @Test
    void theKioskWithItsKeyStillFindsTheVisitor() {
        CliRun again = CliRun.run(env, "ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none");
        assertThat(again.exit()).as("one ticket per person per line: the code still matches").isEqualTo(2);
        assertThat(again.out() + again.err()).contains("A001");
        CliRun cases = CliRun.run(env, "progress", "lookup", "--id-card-sim", "resident");
        assertThat(cases.exit()).as(cases.err()).isZero();
        assertThat(cases.out()).contains("11440106MB2D06811W4000117051000202611200008");
    }

    @Test
    void noFormOfTheKeyOrOfAKeyDerivedFromItIsInTheFiles() throws Exception {
        byte[] secret = Base64.getDecoder().decode(Files.readAllLines(home.resolve(IdentityKey.FILE_NAME)).get(1));
        IdentityKey key = IdentityKey.of(secret);
        List<byte[]> forms = new ArrayList<>(List.of(secret, key.derive("queue/person/2026-11-27"),
                key.derive("progress/holder"), key.derive("progress/query-code")));
        String all = text(databaseFiles());
        for (byte[] f : forms) {
            assertThat(all).doesNotContain(new String(f, StandardCharsets.ISO_8859_1))
                    .doesNotContain(HexFormat.of().formatHex(f)).doesNotContain(Base64.getEncoder().encodeToString(f));
        }
        assertThat(all).doesNotContain("110101199003071137").doesNotContain("1101011990")
                .doesNotContain(new String("李四".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void everyFileAndDirectoryTheKioskWroteIsOwnerOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.toList()) {
                String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String want = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(want)) {
                    wrong.add(home.relativize(p) + " " + mode);
                }
            }
        }
        try (Stream<Path> all = Files.walk(home)) {
            assertThat(all.map(p -> p.getFileName().toString()).toList())
                    .contains("queue.db", "progress.db", IdentityKey.FILE_NAME);
        }
        assertThat(wrong).isEmpty();
    }

    /** Every file in the data directory but the key: what a copy of the databases (or a backup of them) holds. */
    private List<Path> databaseFiles() throws Exception {
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".db")).toList();
        }
    }

    /** Anything in the files that could be a key: every 32-byte value written as hex. */
    private static List<byte[]> keyMaterialIn(List<Path> files) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (String hex : hex64(text(files))) {
            out.add(HexFormat.of().parseHex(hex));
        }
        return out;
    }

    record Search(long candidates, int codings, int targets, long millis, Set<String> found) {
    }

    /**
     * Codes every candidate ID number every way the kiosk's code could have: plain SHA-256, HMAC under each secret,
     * and the kiosk's derivations from each secret (the queue's day keys for every day in the files, the progress
     * store's holder key), and looks each code up among the 64-hex values in the files.
     */
    private static Search search(List<Path> files, List<byte[]> secrets) throws Exception {
        String text = text(files);
        Set<ByteBuffer> targets = new java.util.HashSet<>();
        for (String hex : hex64(text)) {
            targets.add(ByteBuffer.wrap(HexFormat.of().parseHex(hex)));
        }
        Set<String> days = new LinkedHashSet<>();
        // The queue keys codes by service day: every date written in the queue's files is a day to try.
        Matcher d = DAY.matcher(text(files.stream().filter(f -> f.getFileName().toString().startsWith("queue")).toList()));
        while (d.find()) {
            days.add(d.group());
        }
        List<byte[]> macKeys = new ArrayList<>();
        for (byte[] s : secrets) {
            macKeys.add(s);
            IdentityKey k = IdentityKey.of(s);
            macKeys.add(k.derive("progress/holder"));
            for (String day : days) {
                macKeys.add(k.derive("queue/person/" + day));
            }
        }
        long start = System.nanoTime();
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Set<String>>> parts = new ArrayList<>();
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        int daysInYear = first.lengthOfYear();
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts.add(pool.submit(() -> {
                Set<String> found = new LinkedHashSet<>();
                List<Mac> macs = new ArrayList<>();
                for (byte[] k : macKeys) {
                    Mac m = Mac.getInstance("HmacSHA256");
                    m.init(new SecretKeySpec(k, "HmacSHA256"));
                    macs.add(m);
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int i = part; i < daysInYear; i += threads) {
                    String birth = first.plusDays(i).toString().replace("-", "");
                    for (int seq = 0; seq < 1000; seq++) {
                        String first17 = DISTRICT + birth + String.format("%03d", seq);
                        String id = first17 + IdNumberCheck.checkCharacter(first17);
                        byte[] b = id.getBytes(StandardCharsets.US_ASCII);
                        if (targets.contains(ByteBuffer.wrap(sha.digest(b)))) {
                            found.add(id);
                        }
                        for (Mac m : macs) {
                            if (targets.contains(ByteBuffer.wrap(m.doFinal(b)))) {
                                found.add(id);
                            }
                        }
                    }
                }
                return found;
            }));
        }
        Set<String> found = new LinkedHashSet<>();
        try {
            for (Future<Set<String>> f : parts) {
                found.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Search((long) daysInYear * 1000, macKeys.size() + 1, targets.size(), millis, found);
    }

    private static Set<String> hex64(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HEX64.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String text(List<Path> files) throws Exception {
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
        }
        return all.toString();
    }
}
