package org.hallkiosk.device.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tells a USB keyboard-wedge scanner's burst of keystrokes from a person typing (reference §D2): a burst of at
 * least {@code minLength} characters, each within {@code maxGap} of the previous one, ending in Enter within
 * {@code enterWithin} of the last character, is a scan; anything else is handed back as typing.
 *
 * <p>The UI forwards every key here instead of acting on it, applies what comes back, and calls {@link #tick}
 * every few tens of milliseconds; a person's keys are held back for at most {@code enterWithin} (a scan's
 * Enter may still come that late). Times are
 * monotonic milliseconds supplied by the caller (e.g. {@code System.nanoTime() / 1_000_000}); no JavaFX here.
 * Not thread-safe: call from the UI thread.
 */
public final class KeyboardWedgeDetector {

    /** What the UI should do with the keys it forwarded. */
    public sealed interface Outcome {
        /** The keys were a scan: use {@code code}, do not type them. */
        record Scanned(String code) implements Outcome {
        }

        /** The keys were typing: apply them as keystrokes ('\n' stands for Enter). */
        record Typed(String keys) implements Outcome {
        }
    }

    /** Thresholds; see the class comment. */
    public record Settings(int minLength, long maxGapMillis, long enterWithinMillis, int maxLength) {
        public Settings {
            if (minLength < 1 || maxGapMillis < 1 || enterWithinMillis < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("wedge thresholds must be positive and maxLength >= minLength");
            }
        }

        /**
         * At least 4 characters, gaps up to 50 ms, Enter within 100 ms: scanners send a key every 7–16 ms, people
         * type at 100 ms and slower. Scanners configured with an inter-character delay need a larger gap.
         */
        public static Settings defaults() {
            return new Settings(4, 50, 100, 4096);
        }
    }

    private final Settings settings;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyMillis;

    public KeyboardWedgeDetector(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A printable key; use {@link #enter} for Enter. */
    public List<Outcome> key(char c, long atMillis) {
        if (c == '\r' || c == '\n') {
            return enter(atMillis);
        }
        List<Outcome> out = new ArrayList<>(1);
        if (burst.length() > 0 && (gapTo(atMillis) > settings.maxGapMillis() || burst.length() >= settings.maxLength())) {
            out.add(new Outcome.Typed(burst.toString()));
            burst.setLength(0);
        }
        burst.append(c);
        lastKeyMillis = atMillis;
        return out;
    }

    /** The Enter key: completes a scan, or is typing like any other key. */
    public List<Outcome> enter(long atMillis) {
        Outcome outcome;
        if (burst.length() >= settings.minLength() && gapTo(atMillis) <= settings.enterWithinMillis()) {
            outcome = new Outcome.Scanned(burst.toString());
        } else {
            outcome = new Outcome.Typed(burst + "\n");
        }
        burst.setLength(0);
        return List.of(outcome);
    }

    /** Releases held keys as typing once no scanner could still be sending them. */
    public List<Outcome> tick(long nowMillis) {
        if (burst.length() == 0 || gapTo(nowMillis) <= Math.max(settings.maxGapMillis(), settings.enterWithinMillis())) {
            return List.of();
        }
        Outcome typed = new Outcome.Typed(burst.toString());
        burst.setLength(0);
        return List.of(typed);
    }

    /** Keys held while deciding, e.g. to show nothing yet. */
    public int heldKeys() {
        return burst.length();
    }

    private long gapTo(long atMillis) {
        return Math.max(0, atMillis - lastKeyMillis);
    }
}
