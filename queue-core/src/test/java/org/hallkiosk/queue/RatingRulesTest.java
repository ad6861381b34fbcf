package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.CallBack;
import org.hallkiosk.rating.Feedback;
import org.hallkiosk.rating.FeedbackCategory;
import org.hallkiosk.rating.FeedbackDesk;
import org.hallkiosk.rating.Lookup;
import org.hallkiosk.rating.RatedService;
import org.hallkiosk.rating.Rating;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingInputException;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingRequest;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.rating.SubjectKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** 好差评 rules on both databases: finished services only, once, within the window; reasons for bad levels; concurrency. */
@ParameterizedClass
@EnumSource(Backend.class)
class RatingRulesTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;
    QueueFixture q;
    RatingDesk ratings;
    FeedbackDesk feedback;
    ContactSeal seal;

    @BeforeEach
    void open() {
        dbs = new TestDatabases(backend, dir);
        q = new QueueFixture(dbs.place());
        seal = new ContactSeal(q.place.key(), new SecureRandom());
        ServiceDay day = new ServiceDay(q.settings.dayStartsAt(), QueueFixture.HALL);
        ratings = new RatingDesk(q.db, RatingSettings.defaults(), day, q.clock, seal, new SecureRandom());
        feedback = new FeedbackDesk(q.db, RatingSettings.defaults(), day, q.clock, seal, new SecureRandom());
    }

    @AfterEach
    void close() {
        q.close();
        dbs.close();
    }

    private Ticket served(String line, int window) {
        Ticket t = q.issue(line);
        q.counter.call(window, Optional.of(line));
        q.advanceMinutes(4);
        return q.counter.done(window);
    }

    private static RatingRequest bad(RatingLevel level, BadReason... reasons) {
        return new RatingRequest(level, Set.of(reasons), Optional.empty(), Optional.empty());
    }

    @Test
    void aFinishedTicketIsRatedOnceByNumberIdOrQr() {
        Ticket a = served("A", 1);
        Lookup found = ratings.findTicket("a001");
        assertThat(found).isInstanceOf(Lookup.Rateable.class);
        RatedService s = ((Lookup.Rateable) found).service();
        assertThat(s.label()).isEqualTo("A001");
        assertThat(s.window()).isEqualTo(1);
        assertThat(s.line()).contains("A");
        assertThat(s.staffId()).as("no staff id given at the window").isEmpty();
        RatingOutcome first = ratings.rateTicket(q.settings.statusPageUrl() + a.id(), RatingRequest.of(RatingLevel.VERY_SATISFIED), "kiosk-1");
        assertThat(first).isInstanceOf(RatingOutcome.Recorded.class);
        Rating r = ((RatingOutcome.Recorded) first).rating();
        assertThat(r.id()).matches("PJ-261127-[2-9A-HJ-NP-Z]{4}");
        assertThat(r.service().ref()).isEqualTo(a.id());
        q.advanceMinutes(30);
        RatingOutcome again = ratings.rateTicket("A001", RatingRequest.of(RatingLevel.SATISFIED), "kiosk-2");
        assertThat(again).isEqualTo(new RatingOutcome.AlreadyRated("A001", r.ratedAt()));
        assertThat(ratings.findTicket(a.id())).isEqualTo(new Lookup.Refused(new RatingOutcome.AlreadyRated("A001", r.ratedAt())));
        assertThat(ratings.all(false)).hasSize(1);
    }

    @Test
    void theRatingNamesTheStaffWhoFinishedTheTicket() {
        q.issue("A");
        q.counter.call(2, List.of("A"), Optional.of("0427"));
        q.advanceMinutes(3);
        q.counter.done(2, Optional.of("0427"));
        Rating r = ((RatingOutcome.Recorded) ratings.rateTicket("A001", RatingRequest.of(RatingLevel.SATISFIED), "k")).rating();
        assertThat(r.service().staffId()).contains("0427");
        assertThat(ratings.get(r.id()).orElseThrow().service().staffId()).contains("0427");
    }

    @Test
    void onlyADoneTicketOfTodayCanBeRated() {
        q.issue("A");
        assertThat(ratings.rateTicket("A001", RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .isEqualTo(new RatingOutcome.NotRateable("not-finished", List.of("A001")));
        q.counter.call(1, Optional.empty());
        assertThat(ratings.rateTicket("A001", RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .isEqualTo(new RatingOutcome.NotRateable("not-finished", List.of("A001")));
        q.counter.noShow(1);
        assertThat(ratings.rateTicket("A001", RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .as("a no-show was not served").isEqualTo(new RatingOutcome.NotRateable("not-finished", List.of("A001")));
        assertThat(ratings.rateTicket("B042", RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .isEqualTo(new RatingOutcome.NotRateable("unknown", List.of("B042")));
        Ticket b = served("B", 5);
        Lookup today = ratings.findTicket(b.id());
        q.advanceMinutes(24 * 60);
        assertThat(ratings.rateTicket(b.id(), RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .isEqualTo(new RatingOutcome.NotRateable("not-today", List.of("B001", "2026-11-27")));
        assertThat(ratings.rate(((Lookup.Rateable) today).service(), RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .as("a screen left open past midnight is checked again at submit").isInstanceOf(RatingOutcome.NotRateable.class);
        assertThat(ratings.all(false)).isEmpty();
    }

    @Test
    void aCaseIsRateableWithinItsWindowOnly() {
        Instant concluded = q.clock.instant().minus(Duration.ofDays(6));
        RatedService fresh = new RatedService(SubjectKind.CASE, "BJ2026112000001", "BJ2026112000001", Optional.empty(), 0,
                Optional.of("330100-001"), Optional.empty(), concluded);
        RatedService old = new RatedService(SubjectKind.CASE, "BJ2026110100002", "BJ2026110100002", Optional.empty(), 0,
                Optional.empty(), Optional.empty(), q.clock.instant().minus(Duration.ofDays(8)));
        assertThat(ratings.rate(fresh, RatingRequest.of(RatingLevel.SATISFIED), "k")).isInstanceOf(RatingOutcome.Recorded.class);
        assertThat(ratings.rate(fresh, RatingRequest.of(RatingLevel.SATISFIED), "k")).isInstanceOf(RatingOutcome.AlreadyRated.class);
        assertThat(ratings.rate(old, RatingRequest.of(RatingLevel.SATISFIED), "k"))
                .isEqualTo(new RatingOutcome.NotRateable("too-late", List.of("BJ2026110100002", "7")));
    }

    @Test
    void badLevelsNeedAReasonAndGoodOnesTakeNone() {
        assertThatThrownBy(() -> bad(RatingLevel.DISSATISFIED)).isInstanceOf(RatingInputException.class).hasMessageContaining("at least one reason");
        assertThatThrownBy(() -> bad(RatingLevel.VERY_DISSATISFIED)).hasMessageContaining("非常不满意");
        assertThatThrownBy(() -> bad(RatingLevel.SATISFIED, BadReason.SLOW)).hasMessageContaining("不满意 and 非常不满意 only");
        assertThatThrownBy(() -> RatingLevel.of(6)).hasMessageContaining("1 (非常不满意) to 5");
        assertThatThrownBy(() -> BadReason.of("rude")).hasMessageContaining("known: attitude");
        assertThatThrownBy(() -> CallBack.withConsent("13812345678", false)).hasMessageContaining("consent");
        assertThatThrownBy(() -> new CallBack("12345")).hasMessageContaining("11 digits");
    }

    @Test
    void aBadRatingKeepsNoIdentitySealsTheCallBackAndIsHandledOnce() throws Exception {
        served("A", 2);
        RatingRequest request = new RatingRequest(RatingLevel.VERY_DISSATISFIED, Set.of(BadReason.WAITING, BadReason.ATTITUDE),
                Optional.of("等了很久，我的身份证号 110101199003071137"), Optional.of(CallBack.withConsent("13812345678", true)));
        Rating r = ((RatingOutcome.Recorded) ratings.rateTicket("A001", request, "kiosk-1")).rating();
        assertThat(r.reasons()).containsExactly(BadReason.ATTITUDE, BadReason.WAITING);
        assertThat(r.text()).contains("等了很久，我的身份证号 1101**********1137");
        assertThat(r.callBackMasked()).contains("138****5678");
        assertThat(ratings.callBackNumber(r.id())).contains("13812345678");
        assertThat(r.isOpen()).isTrue();
        assertThat(ratings.isOverdue(r)).isFalse();
        q.advanceMinutes(16 * 24 * 60);
        assertThat(ratings.isOverdue(ratings.get(r.id()).orElseThrow())).isTrue();
        Rating handled = ratings.markHandled(r.id(), "王主任", "回访致歉，A线增开窗口");
        assertThat(handled.handling().orElseThrow().by()).isEqualTo("王主任");
        assertThat(handled.handling().orElseThrow().at()).isEqualTo(q.clock.instant());
        assertThat(ratings.isOverdue(handled)).isFalse();
        assertThatThrownBy(() -> ratings.markHandled(r.id(), "x", "y")).hasMessageContaining("already handled by 王主任");
        assertThat(ratings.all(true)).extracting(Rating::id).containsExactly(r.id());
        // Nothing in the rating row names the visitor: the full mobile and the ID number are in no column.
        List<String> cells = new ArrayList<>();
        q.db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM rating")) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        cells.add(String.valueOf(rs.getString(i)));
                    }
                }
            }
            return null;
        });
        assertThat(String.join("|", cells)).doesNotContain("13812345678").doesNotContain("110101199003071137");
        if (backend == Backend.SQLITE) {
            q.db.checkpoint();
            String bytes = new String(Files.readAllBytes(Path.of(q.db.where())), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("13812345678");
        }
    }

    @Test
    void twoKiosksRatingOneTicketAtOnceRecordOne() throws Exception {
        int kiosks = 6;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(served("A", 1 + i % 4).number());
        }
        // Each kiosk has its own connection (SQLite: its own file handle, as a second process would).
        List<QueueDatabase> opened = new ArrayList<>();
        List<RatingDesk> desks = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            QueueDatabase db = q.place.open();
            opened.add(db);
            desks.add(new RatingDesk(db, RatingSettings.defaults(), new ServiceDay(q.settings.dayStartsAt(), QueueFixture.HALL), q.clock,
                    seal, new SecureRandom()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        try {
            for (String number : numbers) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RatingOutcome>> results = new ArrayList<>();
                for (RatingDesk desk : desks) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return desk.rateTicket(number, RatingRequest.of(RatingLevel.SATISFIED), "kiosk");
                    }));
                }
                start.countDown();
                int recorded = 0;
                int refused = 0;
                for (Future<RatingOutcome> f : results) {
                    RatingOutcome o = f.get();
                    recorded += o instanceof RatingOutcome.Recorded ? 1 : 0;
                    refused += o instanceof RatingOutcome.AlreadyRated ? 1 : 0;
                }
                assertThat(recorded).as(number).isEqualTo(1);
                assertThat(refused).as(number).isEqualTo(kiosks - 1);
            }
        } finally {
            pool.shutdownNow();
            opened.forEach(QueueDatabase::close);
        }
        assertThat(ratings.all(false)).hasSize(numbers.size());
    }

    @Test
    void feedbackGetsAReferenceAndIsHandled() {
        Feedback f = feedback.submit(FeedbackCategory.COMPLAINT, "窗口3 工作人员玩手机，电话 13912345678", 
                Optional.of(CallBack.withConsent("13912345678", true)), "kiosk-1");
        assertThat(f.reference()).matches("TS-261127-[2-9A-HJ-NP-Z]{4}");
        assertThat(f.text()).isEqualTo("窗口3 工作人员玩手机，电话 139****5678");
        assertThat(f.contactMasked()).contains("139****5678");
        assertThat(feedback.contactNumber(f.reference())).contains("13912345678");
        Feedback s = feedback.submit(FeedbackCategory.SUGGESTION, "希望周六开放", Optional.empty(), "kiosk-2");
        assertThat(s.reference()).startsWith("JY-");
        assertThat(feedback.get(s.reference().toLowerCase())).contains(s);
        assertThatThrownBy(() -> feedback.submit(FeedbackCategory.SUGGESTION, "  ", Optional.empty(), "k")).hasMessageContaining("请填写内容");
        assertThatThrownBy(() -> FeedbackCategory.of("praise")).hasMessageContaining("suggestion (意见建议) or complaint (投诉)");
        q.advanceMinutes(16 * 24 * 60);
        assertThat(feedback.isOverdue(feedback.get(f.reference()).orElseThrow())).isTrue();
        Feedback done = feedback.markHandled(f.reference(), "李科长", "已约谈窗口人员");
        assertThat(done.handling().orElseThrow().note()).isEqualTo("已约谈窗口人员");
        assertThat(feedback.isOverdue(done)).isFalse();
        assertThat(feedback.all()).extracting(Feedback::reference).containsExactlyInAnyOrder(f.reference(), s.reference());
    }
}
