package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.device.scanner.KeyboardWedgeDetector.Outcome;
import org.junit.jupiter.api.Test;

/** Scanner bursts versus people typing, from timestamped keys. */
class KeyboardWedgeDetectorTest {

    private final KeyboardWedgeDetector detector = new KeyboardWedgeDetector(KeyboardWedgeDetector.Settings.defaults());
    private final List<Outcome> outcomes = new ArrayList<>();

    @Test
    void aScannerBurstEndingInEnterIsAScan() {
        type("ZW2025000456", 1000, 8);
        outcomes.addAll(detector.enter(1000 + 12 * 8 + 5));

        assertThat(outcomes).containsExactly(new Outcome.Scanned("ZW2025000456"));
        assertThat(detector.heldKeys()).isZero();
    }

    @Test
    void theSlowerSixteenMillisecondCadenceStillCounts() {
        type("A012", 0, 16);
        outcomes.addAll(detector.enter(4 * 16));
        assertThat(outcomes).containsExactly(new Outcome.Scanned("A012"));
    }

    @Test
    void aPersonTypingIsTyping() {
        type("1234", 0, 150);
        outcomes.addAll(detector.enter(4 * 150 + 100));

        assertThat(outcomes).containsExactly(new Outcome.Typed("1"), new Outcome.Typed("2"), new Outcome.Typed("3"),
                new Outcome.Typed("4\n"));
        assertThat(String.join("", outcomes.stream().map(o -> ((Outcome.Typed) o).keys()).toList())).isEqualTo("1234\n");
    }

    @Test
    void aFastShortBurstIsTooShortForAScan() {
        type("ab", 0, 10);
        outcomes.addAll(detector.enter(25));
        assertThat(outcomes).containsExactly(new Outcome.Typed("ab\n"));
    }

    @Test
    void aLateEnterMakesItTyping() {
        type("A012", 0, 8);
        outcomes.addAll(detector.enter(32 + 150));
        assertThat(outcomes).containsExactly(new Outcome.Typed("A012\n"));
    }

    @Test
    void aKeyTypedJustBeforeAScanIsKeptApart() {
        outcomes.addAll(detector.key('x', 0));
        type("ZW2025", 500, 8);
        outcomes.addAll(detector.enter(500 + 6 * 8));

        assertThat(outcomes).containsExactly(new Outcome.Typed("x"), new Outcome.Scanned("ZW2025"));
    }

    @Test
    void aPauseInsideABurstBreaksIt() {
        type("AB", 0, 8);
        type("CDEF", 100, 8);
        outcomes.addAll(detector.enter(100 + 4 * 8));
        assertThat(outcomes).containsExactly(new Outcome.Typed("AB"), new Outcome.Scanned("CDEF"));
    }

    @Test
    void tickReleasesHeldKeysOnceNoScanCanFollow() {
        outcomes.addAll(detector.key('7', 0));
        assertThat(detector.tick(50)).isEmpty();
        assertThat(detector.heldKeys()).isEqualTo(1);
        assertThat(detector.tick(101)).containsExactly(new Outcome.Typed("7"));
        assertThat(detector.heldKeys()).isZero();
    }

    @Test
    void carriageReturnIsEnterToo() {
        type("A012", 0, 8);
        outcomes.addAll(detector.key('\r', 40));
        assertThat(outcomes).containsExactly(new Outcome.Scanned("A012"));
    }

    @Test
    void aLoneEnterIsTyping() {
        assertThat(detector.enter(0)).containsExactly(new Outcome.Typed("\n"));
    }

    private void type(String keys, long startMillis, long gapMillis) {
        for (int i = 0; i < keys.length(); i++) {
            outcomes.addAll(detector.key(keys.charAt(i), startMillis + i * gapMillis));
        }
    }
}
