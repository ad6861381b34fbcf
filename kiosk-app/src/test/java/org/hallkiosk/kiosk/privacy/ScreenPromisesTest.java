package org.hallkiosk.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hallkiosk.device.idcard.ResidentIdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.kiosk.cli.CliRun;
import org.hallkiosk.kiosk.queue.CardVisitor;
import org.hallkiosk.queue.Appointment;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ID-card notices promise (messages*.properties: queue.card.what, queue.card.keep, queue.checkin.law,
 * progress.card.notice), checked against the files the kiosk writes. Each would fail if the promise broke.
 */
class ScreenPromisesTest {

    static final ResidentIdCard LI_SI = SimulatedCards.resident();

    @TempDir
    Path dir;

    private Map<String, String> env() throws Exception {
        Map<String, String> env = new HashMap<>(CliRun.environment(dir));
        env.put("HALLKIOSK_NOW", "2026-11-27T09:30:00+08:00");
        Path config = dir.resolve("kiosk.yaml");
        Files.writeString(config, "progress:\n  source: local\n");
        env.put("HALLKIOSK_CONFIG", config.toString());
        return env;
    }

    /** queue.card.what + queue.card.keep: of the card, only a day's code and the masked name; nothing else it holds. */
    @Test
    void aTicketTakenWithACardKeepsNothingOfTheCardButTheDaysCodeAndTheMaskedName() throws Exception {
        CliRun r = CliRun.run(env(), "ticket", "issue", "--line", "A", "--id-card-sim", "resident", "--printer", "none", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        String files = text(dir.resolve("home"));
        assertThat(files).contains(utf8("李*"))
                .doesNotContain(LI_SI.idNumber()).doesNotContain(utf8(LI_SI.name()))
                .doesNotContain(utf8(LI_SI.address())).doesNotContain(utf8(LI_SI.authority()))
                .doesNotContain("1990-03-07").doesNotContain("19900307").doesNotContain("2035-06-01");
    }

    /** queue.checkin.law: the card only finds the booking; its number is not stored. */
    @Test
    void checkingInWithACardStoresNoNumber() throws Exception {
        Path bookings = dir.resolve("bookings.csv");
        Files.writeString(bookings, "code,line,date,from,to,idNumber,name\nYY-1,D,2026-11-27,09:30,10:00," + LI_SI.idNumber() + ",李四\n");
        assertThat(CliRun.run(env(), "appointments", "import", bookings.toString()).exit()).isZero();
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T01:35:00Z"), java.time.ZoneId.of("Asia/Shanghai"));
        try (QueueServices q = QueueServices.open(dir.resolve("home"), bundledLines(), QueueSettings.defaults(), clock, "k1")) {
            Visitor v = CardVisitor.of(q.desk(), LI_SI);
            List<Appointment> mine = q.appointments().forVisitor(v);
            assertThat(mine).extracting(Appointment::code).containsExactly("YY-1");
            assertThat(q.appointments().checkIn(v)).isInstanceOf(IssueResult.Issued.class);
        }
        String files = text(dir.resolve("home"));
        assertThat(files).doesNotContain(LI_SI.idNumber()).doesNotContain(LI_SI.idNumber().substring(0, 10))
                .doesNotContain(utf8(LI_SI.name()));
    }

    /** progress.card.notice: a lookup by card writes nothing at all. */
    @Test
    void aCaseLookupByCardWritesNothing() throws Exception {
        Map<String, String> env = env();
        assertThat(CliRun.run(env, "progress", "import", "--demo").exit()).isZero();
        Path db = dir.resolve("home").resolve("progress.db");
        String before = digest(db);
        CliRun found = CliRun.run(env, "progress", "lookup", "--id-card-sim", "resident");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(digest(db)).as("progress.db unchanged").isEqualTo(before);
        assertThat(text(dir.resolve("home"))).doesNotContain(LI_SI.idNumber()).doesNotContain(utf8(LI_SI.name()));
    }

    private static org.hallkiosk.queue.LineCatalogue bundledLines() {
        org.hallkiosk.content.reload.CatalogueHolder c = org.hallkiosk.content.reload.CatalogueHolder.bundled();
        return new org.hallkiosk.queue.CatalogueLines(() -> c.current().catalogue());
    }

    private static String digest(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String text(Path home) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
