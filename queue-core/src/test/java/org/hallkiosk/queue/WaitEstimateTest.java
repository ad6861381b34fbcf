package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    @Test
    void withNoServiceTimesThePlannedAverageIsUsed() {
        assertThat(WaitEstimate.averageMinutes(List.of(), 12)).isEqualTo(12.0);
    }

    @Test
    void fewServiceTimesAreBlendedWithThePlannedAverage() {
        // two real (6 and 4 min) + three planned 10-min stand-ins = 40 / 5
        assertThat(WaitEstimate.averageMinutes(List.of(360, 240), 10)).isEqualTo(8.0);
    }

    @Test
    void enoughServiceTimesReplaceThePlannedAverage() {
        assertThat(WaitEstimate.averageMinutes(List.of(60, 120, 180, 240, 300, 360), 30)).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void waitIsAheadTimesAverageOverWindowsRoundedUp() {
        assertThat(WaitEstimate.waitMinutes(0, 10, 4)).isZero();
        assertThat(WaitEstimate.waitMinutes(1, 10, 4)).isEqualTo(3);   // 2.5 -> 3
        assertThat(WaitEstimate.waitMinutes(4, 10, 4)).isEqualTo(10);  // exact stays exact
        assertThat(WaitEstimate.waitMinutes(3, 7.5, 2)).isEqualTo(12); // 11.25 -> 12
        assertThat(WaitEstimate.waitMinutes(5, 10, 0)).as("no window counts as one").isEqualTo(50);
    }

    @Test
    void minutesToServeIncludeTheNewVisitor() {
        assertThat(WaitEstimate.minutesToServe(0, 10, 2)).isEqualTo(5);
        assertThat(WaitEstimate.minutesToServe(3, 30, 1)).isEqualTo(120);
    }
}
