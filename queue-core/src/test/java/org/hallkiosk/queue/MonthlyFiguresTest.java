package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.hallkiosk.privacy.ContactSeal;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.report.Durations;
import org.hallkiosk.report.LineFigures;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.MonthlyFiguresQuery;
import org.hallkiosk.report.WindowFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The monthly figures of {@link SmallMonth}, computed by hand, on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class MonthlyFiguresTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    TestDatabases dbs;

    @AfterEach
    void close() {
        if (dbs != null) {
            dbs.close();
        }
    }

    private MonthlyFigures figures(String month) {
        dbs = new TestDatabases(backend, dir);
        TestDatabases.Place place = dbs.place();
        TestClock clock = SmallMonth.play(place);
        try (QueueDatabase db = place.open()) {
            RatingDesk ratings = new RatingDesk(db, RatingSettings.defaults(), new ServiceDay(QueueSettings.defaults().dayStartsAt(), QueueFixture.HALL),
                    clock, new ContactSeal(place.key(), new SecureRandom()), new SecureRandom());
            java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
            names.put("A", "综合受理");
            names.put("B", "不动产登记");
            return new MonthlyFiguresQuery(db, ratings, names, clock).of(YearMonth.parse(month));
        }
    }

    @Test
    void everyFigureOfTheSmallMonth() {
        MonthlyFigures f = figures("2026-11");
        assertThat(f.isEmpty()).isFalse();
        LineFigures t = f.totals();
        assertThat(List.of(t.issued(), t.served(), t.noShows(), t.transfersIn())).containsExactly(4, 3, 1, 1);
        assertThat(t.waiting()).isEqualTo(new Durations(4, 17.5, 25));
        assertThat(t.service()).isEqualTo(new Durations(4, 12, 20));
        LineFigures a = f.lines().get(0);
        LineFigures b = f.lines().get(1);
        assertThat(a).isEqualTo(new LineFigures("A", "综合受理", 3, 3, 1, 1, new Durations(3, 15, 20), new Durations(3, 14, 20)));
        assertThat(b).isEqualTo(new LineFigures("B", "不动产登记", 1, 0, 0, 0, new Durations(1, 25, 25), new Durations(1, 6, 6)));
        assertThat(f.windows()).containsExactly(
                new WindowFigures(1, 2, 2, 0, 0, new Durations(1, 20, 20), new Durations(2, 11, 12), 2, OptionalDouble.of(0.5)),
                new WindowFigures(2, 2, 1, 1, 0, new Durations(2, 12.5, 20), new Durations(1, 20, 20), 1, OptionalDouble.of(1.0)),
                new WindowFigures(5, 1, 0, 0, 1, new Durations(1, 25, 25), new Durations(1, 6, 6), 0, OptionalDouble.empty()));
        assertThat(f.windowsByLoad()).extracting(WindowFigures::window).containsExactly(1, 2, 5);
        assertThat(f.heat().count(27, 9)).isEqualTo(3);
        assertThat(f.heat().count(30, 14)).isEqualTo(1);
        assertThat(f.heat().max()).isEqualTo(3);
        assertThat(f.heat().hourTotal(10)).isZero();
        assertThat(f.ratings().total()).isEqualTo(3);
        assertThat(f.ratings().byLevel()).containsEntry(RatingLevel.VERY_SATISFIED, 1).containsEntry(RatingLevel.SATISFIED, 1)
                .containsEntry(RatingLevel.DISSATISFIED, 1).containsEntry(RatingLevel.BASICALLY_SATISFIED, 0);
        assertThat(f.ratings().satisfaction()).isEqualTo(2.0 / 3);
        assertThat(f.ratings().badByReason()).containsEntry(BadReason.WAITING, 1).containsEntry(BadReason.ATTITUDE, 0);
        assertThat(List.of(f.ratings().bad(), f.ratings().badHandled(), f.ratings().badOpen(), f.ratings().badOverdue())).containsExactly(1, 1, 0, 0);
    }

    @Test
    void anotherMonthIsEmpty() {
        MonthlyFigures f = figures("2026-10");
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.lines()).extracting(LineFigures::issued).containsExactly(0, 0);
        assertThat(f.ratings().total()).isZero();
    }

    @Test
    void nearestRankPercentile() {
        assertThat(Durations.ofSeconds(List.of(60L))).isEqualTo(new Durations(1, 1, 1));
        assertThat(Durations.ofSeconds(List.of(600L, 60L, 120L, 180L, 240L, 300L, 360L, 420L, 480L, 540L)).p90Minutes()).isEqualTo(9);
        assertThat(Durations.ofSeconds(List.of())).isEqualTo(Durations.NONE);
    }
}
