package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class TicketDeskTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    QueueFixture q;

    TestDatabases dbs;
    TestDatabases.Place place;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        place = dbs.place();
        q = new QueueFixture(place);
    }

    @AfterEach
    void close() {
        q.close();
        dbs.close();
    }

    @Test
    void numbersArePrefixAndThreeDigitsPerLine() {
        assertThat(q.issue("A").number()).isEqualTo("A001");
        assertThat(q.issue("B").number()).isEqualTo("B001");
        assertThat(q.issue("A").number()).isEqualTo("A002");
        Ticket t = q.issue("A");
        assertThat(t.number()).isEqualTo("A003");
        assertThat(t.sequence()).isEqualTo(3);
        assertThat(t.id()).startsWith("261127A003").hasSize(14).matches("[0-9A-Z]+");
        assertThat(q.desk.statusUrl(t)).isEqualTo("https://zwfw.example.org/q/" + t.id());
    }

    @Test
    void numberingRestartsWhenTheHallsDayStarts() {
        q.issue("A");
        q.issue("A");
        q.advanceMinutes(3 * 24 * 60); // Monday
        assertThat(q.issue("A").number()).isEqualTo("A001");
    }

    @Test
    void theHallsDayCanStartLaterThanMidnight() {
        QueueSettings s = new QueueSettings(70, NoShowPolicy.VOID, 10, 1, 15, "https://x.example/q/",
                LocalTime.of(4, 0), 20, 30, 15);
        ServiceDay day = new ServiceDay(s.dayStartsAt(), QueueFixture.HALL);
        q.at(3, 59);
        assertThat(day.today(q.clock)).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        q.at(4, 0);
        assertThat(day.today(q.clock)).isEqualTo(java.time.LocalDate.of(2026, 11, 27));
    }

    @Test
    void anIssuedTicketIsStoredAndHasItsPlace() {
        q.issue("A");
        q.issue("A");
        IssueResult.Issued third = q.issued(q.desk.issueFor("A", Optional.empty()));
        assertThat(third.position().ahead()).isEqualTo(2);
        // two ahead, planned 10 min each, four windows: ceil(2 * 10 / 4) = 5
        assertThat(third.position().estimatedWaitMinutes()).isEqualTo(5);
        assertThat(q.desk.ticket(third.ticket().id())).contains(third.ticket());
        assertThat(q.desk.position(third.ticket().id())).contains(third.position());
        assertThat(q.desk.position("nope")).isEmpty();
    }

    @Test
    void theTicketAnIssueReturnsEqualsTheOneReadBackEvenWithANanosecondClock() {
        q.clock.advance(java.time.Duration.ofNanos(123_456_789));
        Origin origin = Origin.of("kiosk-east", "nanos-req-001");
        IssueResult.Issued issued = q.issued(q.desk.issue("A", Optional.empty(), Optional.empty(), origin));
        assertThat(q.desk.ticket(issued.ticket().id())).contains(issued.ticket());
        assertThat(q.issued(q.desk.issue("A", Optional.empty(), Optional.empty(), origin)).ticket()).isEqualTo(issued.ticket());
    }

    @Test
    void refusesAnUnknownLine() {
        assertThat(q.refusal(q.desk.issueFor("Z", Optional.empty()))).isEqualTo(new Refusal.UnknownLine("Z"));
    }

    @Test
    void refusesOnADayTheLineIsClosed() {
        q.advanceMinutes(24 * 60); // Saturday
        Refusal r = q.refusal(q.desk.issueFor("A", Optional.empty()));
        assertThat(r).isEqualTo(new Refusal.ClosedToday("综合受理"));
        assertThat(r.rule()).isEqualTo("closed-today");
    }

    @Test
    void refusesBeforeOpeningAndSaysWhenItOpens() {
        q.at(8, 0);
        Refusal r = q.refusal(q.desk.issueFor("A", Optional.empty()));
        assertThat(r).isEqualTo(new Refusal.OutsideHours("综合受理", Optional.of(LocalTime.of(8, 30))));
        assertThat(r.rule()).isEqualTo("outside-hours-later");
        assertThat(r.arguments()).containsExactly("综合受理", "08:30");
    }

    @Test
    void stopsIssuingBeforeEachPeriodEndsAndReopensAfterLunch() {
        q.at(11, 29);
        assertThat(q.issue("A").number()).isEqualTo("A001");
        q.at(11, 30);
        assertThat(q.refusal(q.desk.issueFor("A", Optional.empty())))
                .isEqualTo(new Refusal.OutsideHours("综合受理", Optional.of(LocalTime.of(14, 0))));
        q.at(13, 0);
        assertThat(q.refusal(q.desk.issueFor("A", Optional.empty())).rule()).isEqualTo("outside-hours-later");
        q.at(14, 0);
        assertThat(q.issue("A").number()).isEqualTo("A002");
    }

    @Test
    void refusesAfterTheLastPeriodWithoutALaterTime() {
        q.at(17, 10);
        Refusal r = q.refusal(q.desk.issueFor("A", Optional.empty()));
        assertThat(r).isEqualTo(new Refusal.OutsideHours("综合受理", Optional.empty()));
        assertThat(r.rule()).isEqualTo("outside-hours");
    }

    @Test
    void refusesWhenTheDailyQuotaIsReached() {
        q.issue("B");
        q.issue("B");
        q.issue("B");
        Refusal r = q.refusal(q.desk.issueFor("B", Optional.empty()));
        assertThat(r).isEqualTo(new Refusal.QuotaReached("不动产登记", 3));
        assertThat(q.desk.summary(QueueFixture.B).notIssuing()).contains(r);
    }

    @Test
    void refusesWhenThoseWaitingFillTheTimeLeft() {
        // One window, 30 planned minutes: at 16:00 there are 90 minutes left (till 17:30), enough for 3 visitors.
        QueueLine slow = new QueueLine("C", "公积金", List.of(9), 0, 30, 0);
        try (QueueFixture f = new QueueFixture(dbs.place(), QueueSettings.defaults(), List.of(slow))) {
            f.at(16, 0);
            f.issue("C");
            f.issue("C");
            f.issue("C");
            Refusal r = f.refusal(f.desk.issueFor("C", Optional.empty()));
            assertThat(r).isEqualTo(new Refusal.ClosingSoon("公积金", LocalTime.of(17, 30), 3));
            assertThat(r.arguments()).containsExactly("公积金", "17:30", 3);
        }
    }

    @Test
    void closingSoonCountsTheAfternoonButNotTheLunchBreak() {
        assertThat(TicketDesk.minutesLeft(QueueFixture.HOURS, LocalTime.of(11, 0))).isEqualTo(60 + 210);
        assertThat(TicketDesk.minutesLeft(QueueFixture.HOURS, LocalTime.of(12, 30))).isEqualTo(210);
        assertThat(TicketDesk.minutesLeft(QueueFixture.HOURS, LocalTime.of(18, 0))).isZero();
    }

    @Test
    void refusesASecondOpenTicketForTheSamePersonOnTheSameLine() {
        IdCard card = SimulatedCards.resident();
        Ticket first = q.issued(q.issueWith("A", card)).ticket();
        q.issue("A");
        Refusal r = q.refusal(q.issueWith("A", card));
        assertThat(r).isEqualTo(new Refusal.AlreadyWaiting(first.number(), 0));
        // another line is fine, and so is this line once the first ticket is served
        assertThat(q.issueWith("B", card)).isInstanceOf(IssueResult.Issued.class);
        q.counter.call(1, Optional.of("A"));
        assertThat(q.refusal(q.issueWith("A", card)).rule()).isEqualTo("already-waiting");
        q.counter.done(1);
        assertThat(q.issueWith("A", card)).isInstanceOf(IssueResult.Issued.class);
    }

    @Test
    void refusesWhenAllNumbersOfTheDayAreUsed() throws Exception {
        q.db.write(c -> TicketRows.update(c, "INSERT INTO line_counter (service_day, line_prefix, last_sequence) VALUES ('2026-11-27', 'A', 998)"));
        assertThat(q.issue("A").number()).isEqualTo("A999");
        assertThat(q.issue("A").number()).as("a busy line goes on with four digits, never repeats").isEqualTo("A1000");
        q.db.write(c -> TicketRows.update(c, "UPDATE line_counter SET last_sequence = 9998"));
        assertThat(q.issue("A").number()).isEqualTo("A9999");
        assertThat(q.refusal(q.desk.issueFor("A", Optional.empty()))).isEqualTo(new Refusal.NumbersExhausted("综合受理"));
    }

    @Test
    void anElderIsCalledFirstButKeepsTheNextNumber() {
        q.issue("A");
        q.issue("A");
        IssueResult.Issued elder = q.issued(q.issueWith("A", SimulatedCards.residentElder()));
        assertThat(elder.ticket().number()).isEqualTo("A003");
        assertThat(elder.ticket().priority()).isEqualTo(Priority.ELDER);
        assertThat(elder.ticket().maskedName()).contains("张*");
        assertThat(elder.position().ahead()).isZero();
        IssueResult.Issued younger = q.issued(q.issueWith("A", SimulatedCards.resident()));
        assertThat(younger.ticket().priority()).isEqualTo(Priority.NORMAL);
        assertThat(younger.position().ahead()).isEqualTo(3);
        assertThat(q.counter.call(1, Optional.empty()).orElseThrow().number()).isEqualTo("A003");
        assertThat(q.counter.call(2, Optional.empty()).orElseThrow().number()).isEqualTo("A001");
    }

    @Test
    void elderAgeComesFromTheSettings() {
        QueueSettings s = new QueueSettings(80, NoShowPolicy.VOID, 10, 1, 15, "https://x.example/q/",
                LocalTime.MIDNIGHT, 20, 30, 15);
        try (QueueFixture f = new QueueFixture(dbs.place(), s, List.of(QueueFixture.A))) {
            // 张三 was born 1949-12-31: 76 on 2026-11-27
            assertThat(f.visitorOf(SimulatedCards.residentElder()).elder()).isFalse();
        }
        assertThat(q.visitorOf(SimulatedCards.residentElder()).elder()).isTrue();
    }

    @Test
    void theIdNumberIsNeverStoredOnlyADailyKeyedCode() throws Exception {
        IdCard card = SimulatedCards.resident();
        Visitor today = q.visitorOf(card);
        q.issueWith("A", card);
        assertThat(today.personHash()).hasSize(64).doesNotContain(card.idNumber());
        assertThat(today.maskedName()).isEqualTo("李*");
        String all = everythingStored();
        assertThat(all).doesNotContain(card.idNumber()).doesNotContain(card.idNumber().substring(0, 14));
        assertThat(all).doesNotContain("李四")
                .doesNotContain(new String("李四".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(all).as("the masked name is there, so the dump is real").contains(backend == Backend.SQLITE
                ? new String("李*".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) : "李*");
    }

    /** SQLite: the bytes of the file and its log; PostgreSQL: every column of every row of every table. */
    private String everythingStored() throws Exception {
        if (backend == Backend.SQLITE) {
            q.close();
            Path file = Path.of(place.url().substring("jdbc:sqlite:".length()));
            Path walFile = Path.of(file + "-wal");
            byte[] bytes = Files.readAllBytes(file);
            byte[] wal = Files.exists(walFile) ? Files.readAllBytes(walFile) : new byte[0];
            q = new QueueFixture(place);
            return new String(bytes, StandardCharsets.ISO_8859_1) + new String(wal, StandardCharsets.ISO_8859_1);
        }
        return q.db.read(c -> {
            StringBuilder sb = new StringBuilder();
            List<String> tables = new java.util.ArrayList<>();
            try (var r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("ticket", "appointment").doesNotContain("identity_salt");
            for (String t : tables) {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT * FROM " + t)) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            sb.append(r.getString(i)).append('|');
                        }
                    }
                }
            }
            return sb.toString();
        });
    }

    @Test
    void theKeyChangesEveryDayAndPastCodesNamesAndKeysAreErased() throws Exception {
        IdCard card = SimulatedCards.resident();
        String friday = q.visitorOf(card).personHash();
        assertThat(q.visitorOf(card).personHash()).isEqualTo(friday);
        q.issueWith("A", card);
        q.advanceMinutes(3 * 24 * 60); // Monday
        String monday = q.visitorOf(card).personHash();
        assertThat(monday).isNotEqualTo(friday);
        assertThat(q.desk.identities().heldDays()).as("Friday's key is dropped").containsExactly(LocalDate.of(2026, 11, 30));
        long codes = q.db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM ticket WHERE person_hash IS NOT NULL"));
        long names = q.db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM ticket WHERE masked_name IS NOT NULL"));
        assertThat(codes).isZero();
        assertThat(names).as("the masked name goes with the code").isZero();
        assertThat(everythingStored()).as("erased, not just unlinked: secure_delete and an emptied WAL").doesNotContain(friday)
                .doesNotContain(new String("李*".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).doesNotContain("李*");
    }

    @Test
    void pastDaysAreErasedAtStartEvenIfNoVisitorComes() {
        q.issueWith("A", SimulatedCards.resident());
        q.close();
        q = new QueueFixture(place);
        q.advanceMinutes(24 * 60);
        QueueServices.on(q.db, q.lines, q.settings, q.clock, "kiosk-test", place.key()); // what the kiosk does at start
        long left = q.db.read(c -> TicketRows.longValue(c, "SELECT COUNT(*) FROM ticket WHERE person_hash IS NOT NULL"
                + " OR masked_name IS NOT NULL"));
        assertThat(left).isZero();
    }

    @Test
    void noSaltIsKeptInTheDatabaseAndTheKeyIsAFileOfItsOwn() throws Exception {
        q.issueWith("A", SimulatedCards.resident());
        assertThat(everythingStored()).doesNotContain(HexFormat.of().formatHex(place.key().derive("queue/person/2026-11-27")));
        assertThat(place.keyFile()).exists();
    }

    @Test
    void theDatabaseAndItsWalAndShmFilesAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(backend == Backend.SQLITE, "files are SQLite's");
        q.issue("A"); // the write-ahead log and the shared memory file exist while the database is open
        Path file = Path.of(place.url().substring("jdbc:sqlite:".length()));
        for (Path f : new Path[] {file, Path.of(file + "-wal"), Path.of(file + "-shm"), place.keyFile()}) {
            assertThat(f).exists();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(f.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aSharedDatabaseNeedsTheHallsKeyGivenExplicitly() {
        Assumptions.assumeTrue(backend == Backend.POSTGRESQL, "only a shared database has no file to put the key beside");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TicketDesk(q.db, q.lines, q.settings, q.clock, "k",
                new java.security.SecureRandom())).isInstanceOf(QueueStoreException.class).hasMessageContaining("identity key");
    }

    @Test
    void summariesShowWaitingAndWaitForEachLine() {
        q.issue("A");
        q.issue("A");
        q.issue("B");
        List<LineSummary> all = q.desk.summaries();
        assertThat(all).extracting(s -> s.line().prefix()).containsExactly("A", "B");
        assertThat(all.get(0).waiting()).isEqualTo(2);
        assertThat(all.get(0).estimatedWaitMinutes()).isEqualTo(5); // ceil(2 * 10 / 4)
        assertThat(all.get(1).estimatedWaitMinutes()).isEqualTo(10); // ceil(1 * 20 / 2)
        assertThat(all.get(0).issuing()).isTrue();
        q.at(12, 30);
        assertThat(q.desk.summaries().get(0).notIssuing()).contains(new Refusal.OutsideHours("综合受理", Optional.of(LocalTime.of(14, 0))));
    }
}
