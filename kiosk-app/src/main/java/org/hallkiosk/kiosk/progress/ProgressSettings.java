package org.hallkiosk.kiosk.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code progress:} section of kiosk.yaml: where cases come from, how receipt QR codes are read, what the
 * keypad offers. See docs/progress.md.
 *
 * @param source       where cases come from
 * @param idCardLookup whether visitors may list their cases by reading their ID card
 * @param keypadLetters whether the keypad offers letters (for case numbers such as 11440232MB2D…) besides digits
 * @param qrRules      receipt QR rules, tried in order
 * @param http         the approval system, when {@code source} is {@link Source#HTTP}
 */
public record ProgressSettings(Source source, boolean idCardLookup, boolean keypadLetters, List<QrRule> qrRules,
                               Optional<HttpSourceSettings> http) {

    /** Where cases come from. */
    public enum Source {
        /** The bundled demo cases, in memory: what a kiosk with no configuration shows. */
        DEMO,
        /** The SQLite store in the data directory, filled by {@code kioskctl progress import}. */
        LOCAL,
        /** The centre's approval system over HTTP(S)/JSON. */
        HTTP
    }

    public ProgressSettings {
        Objects.requireNonNull(source, "source");
        qrRules = List.copyOf(qrRules);
        http = Objects.requireNonNullElse(http, Optional.empty());
        if (source == Source.HTTP && http.isEmpty()) {
            throw new IllegalArgumentException("source http needs the http settings");
        }
    }

    /** Demo cases, ID card allowed, letters on the keypad, receipts as URLs with sblsh and cxmm. */
    public static ProgressSettings defaults() {
        return new ProgressSettings(Source.DEMO, true, true, List.of(new QrRule.UrlRule("sblsh", "cxmm", "")), Optional.empty());
    }

    public ProgressSettings withSource(Source s, Optional<HttpSourceSettings> h) {
        return new ProgressSettings(s, idCardLookup, keypadLetters, qrRules, h);
    }

    public ProgressSettings withQrRules(List<QrRule> rules) {
        return new ProgressSettings(source, idCardLookup, keypadLetters, rules, http);
    }
}
