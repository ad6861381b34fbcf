package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Debouncing with explicit times. */
class DebouncerTest {

    private static final long MS = 1_000_000L;
    private final Debouncer debouncer = new Debouncer(false, 100 * MS, 3000 * MS);

    @Test
    void aLevelCountsOnlyAfterItHeldForItsDelay() {
        debouncer.observe(true, 0);
        assertThat(debouncer.settle(99 * MS)).isEmpty();
        assertThat(debouncer.settle(100 * MS)).contains(true);
        assertThat(debouncer.settled()).isTrue();
        assertThat(debouncer.settle(200 * MS)).isEmpty();
    }

    @Test
    void chatterShorterThanTheDelayIsIgnored() {
        debouncer.observe(true, 0);
        debouncer.observe(false, 40 * MS);
        debouncer.observe(true, 60 * MS);
        assertThat(debouncer.settle(120 * MS)).isEmpty(); // the high level is only 60 ms old
        assertThat(debouncer.settle(160 * MS)).contains(true);
    }

    @Test
    void theTwoDirectionsHaveTheirOwnDelays() {
        debouncer.observe(true, 0);
        debouncer.settle(100 * MS);
        debouncer.observe(false, 1000 * MS);
        assertThat(debouncer.settle(1100 * MS)).isEmpty();
        assertThat(debouncer.settle(3999 * MS)).isEmpty();
        assertThat(debouncer.settle(4000 * MS)).contains(false);
    }

    @Test
    void seeingTheSameLevelAgainDoesNotRestartItsClock() {
        debouncer.observe(true, 0);
        debouncer.observe(true, 90 * MS);
        assertThat(debouncer.settle(100 * MS)).contains(true);
    }

    @Test
    void aBlipBackToTheSettledLevelCancelsTheChange() {
        debouncer.observe(true, 0);
        debouncer.observe(false, 50 * MS);
        assertThat(debouncer.settle(500 * MS)).isEmpty();
        assertThat(debouncer.settled()).isFalse();
    }
}
