package org.hallkiosk.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hallkiosk.device.idcard.CardType;
import org.hallkiosk.device.idcard.ForeignPermanentResidentCard;
import org.hallkiosk.device.idcard.HkMacaoTaiwanResidencePermit;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after every unit test (failsafe, in {@code verify}): the walkthrough and the card commands here, in this JVM,
 * then scans every log line written — by these, by every kiosk-app test and by every device-drivers test (the card
 * reader's over a real pseudo-terminal among them) — for the names and numbers of all simulated cards, whole or in
 * any run of 6 characters (more than their masked form shows). One hit fails the build.
 */
class LogPrivacyIT {

    /**
     * A masked number keeps 4 characters at each end (1101**********1137). Any 6 characters in a row of a number are
     * more than that shows; 5 would also catch numbers that merely look alike (810000… holds "10000", found in a
     * serial link's "write=10000"). The district code alone (the first 6 characters) is public and not searched.
     */
    static final int RUN = 6;

    @TempDir
    Path dir;

    @Test
    void noLogLineCarriesANameOrANumberOfAnySimulatedCard() throws Exception {
        exerciseTheKioskHere();
        List<Path> logs = new ArrayList<>();
        logs.addAll(logFiles(Path.of("target", "test-logs")));
        List<Path> drivers = logFiles(Path.of("..", "device-drivers", "target", "test-logs"));
        logs.addAll(drivers);
        assertThat(drivers).as("device-drivers' tests ran in this build and logged").isNotEmpty();

        String driverText = read(drivers);
        for (CardType t : CardType.values()) {
            assertThat(driverText).as("the card reader's tests read a %s card", t).contains("read a card: " + t);
        }

        List<String> hits = new ArrayList<>();
        long lines = 0;
        Set<String> terms = forbidden();
        for (Path log : logs) {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines += all.size();
            for (int i = 0; i < all.size(); i++) {
                for (String term : terms) {
                    if (all.get(i).contains(term)) {
                        hits.add(log.getFileName() + ":" + (i + 1) + " has '" + term + "': " + all.get(i));
                    }
                }
            }
        }
        System.out.printf("scanned %,d log lines in %d files for %d terms%n", lines, logs.size(), terms.size());
        assertThat(lines).isGreaterThan(100);
        assertThat(hits).isEmpty();
    }

    /** The walkthrough, every card through the simulated reader, and the commands that take an ID number. */
    private void exerciseTheKioskHere() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(CliRun.environment(dir));
        env.put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
        CliRun demo = CliRun.run(env, "demo", "--out", dir.resolve("walk").toString(), "--size", "1280x800");
        assertThat(demo.exit()).as(demo.err()).isZero();
        for (String card : List.of("RESIDENT", "RESIDENT_ELDER", "FOREIGN_PERMANENT", "HK_MACAO_TAIWAN")) {
            CliRun read = CliRun.run(env, "devices", "read-card", "--link", "sim:idcard", "--sim-card", card, "--timeout", "10");
            assertThat(read.exit()).as(card + read.err()).isZero();
        }
        for (String card : List.of("resident", "elder", "foreign", "hk_macao_taiwan")) {
            CliRun.run(env, "progress", "lookup", "--id-card-sim", card);
        }
        CliRun.run(env, "ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none");
        CliRun.run(env, "ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none");
        Path bookings = dir.resolve("bookings.csv");
        Files.writeString(bookings, "code,line,date,from,to,idNumber,name\n"
                + "YY-1,D,2026-11-27,09:30,10:00,110101199003071137,李四\n"
                + "YY-2,D,2026-11-27,09:30,10:00,110101199003071136,陈小红\n");
        CliRun.run(env, "appointments", "import", bookings.toString());
    }

    /** Every name and number of every simulated card, and every part of them longer than a masked form shows. */
    static Set<String> forbidden() {
        List<IdCard> cards = new ArrayList<>();
        for (CardType t : CardType.values()) {
            cards.add(SimulatedCards.of(t));
        }
        cards.add(SimulatedCards.residentElder());
        Set<String> terms = new LinkedHashSet<>();
        for (IdCard c : cards) {
            numbers(terms, c.idNumber());
            names(terms, c.name());
            if (c instanceof ForeignPermanentResidentCard f) {
                names(terms, f.chineseName());
            }
            if (c instanceof HkMacaoTaiwanResidencePermit p) {
                numbers(terms, p.passNumber());
            }
        }
        return terms;
    }

    private static void numbers(Set<String> terms, String number) {
        for (int i = 1; i + RUN <= number.length(); i++) {
            terms.add(number.substring(i, i + RUN));
        }
        // a frame dumped as hex: the card stores text as UTF-16LE
        terms.add(HexFormat.of().formatHex(number.getBytes(StandardCharsets.UTF_16LE)));
        terms.add(HexFormat.of().withUpperCase().formatHex(number.getBytes(StandardCharsets.UTF_16LE)));
    }

    private static void names(Set<String> terms, String name) {
        terms.add(name);
        for (String word : name.split("[ ,]+")) {
            if (word.length() >= 3) {
                terms.add(word); // SMITH, JOHN, TEST
            }
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length >= 3 && Character.UnicodeScript.of(cps[0]) == Character.UnicodeScript.HAN) {
            for (int i = 0; i + 2 <= cps.length; i++) {
                terms.add(new String(cps, i, 2)); // 陈小, 小红: more than 陈*红 shows
            }
        }
    }

    private static List<Path> logFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    private static String read(List<Path> files) throws Exception {
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
