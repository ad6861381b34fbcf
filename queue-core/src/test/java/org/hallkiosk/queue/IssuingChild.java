package org.hallkiosk.queue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.privacy.IdentityKey;

/**
 * A separate JVM that issues tickets on line A of a durable database (SQLite file or PostgreSQL) and prints {@code ISSUED A007} after each
 * commit: the other side of the multi-process and SIGKILL tests. Arguments: JDBC URL, count (0 = until killed).
 */
public final class IssuingChild {

    static final QueueLine LINE = new QueueLine("A", "综合受理", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 0, 1, 0);

    private IssuingChild() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TestClock clock = new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL);
        LineCatalogue lines = new FixedLineCatalogue(List.of(LINE), List.of(new OpenPeriod(LocalTime.of(8, 0), LocalTime.of(20, 0))), true);
        try (QueueDatabase db = QueueDatabase.open(url, QueueDatabase.Durability.FULL, 2)) {
            // Children issue without a card: any key will do where there is no file to find one beside.
            IdentityKey key = db.keyFile().map(IdentityKey::loadOrCreate).orElseGet(IdentityKey::ephemeral);
            TicketDesk desk = new TicketDesk(db, lines, QueueSettings.defaults(), clock, "child-" + ProcessHandle.current().pid(),
                    new SecureRandom(), key);
            out.println("READY");
            for (int i = 0; count == 0 || i < count; i++) {
                IssueResult r = desk.issueFor("A", Optional.empty());
                if (r instanceof IssueResult.Issued issued) {
                    out.println("ISSUED " + issued.ticket().number());
                } else {
                    out.println("REFUSED " + r);
                    System.exit(2);
                }
            }
        }
    }
}
