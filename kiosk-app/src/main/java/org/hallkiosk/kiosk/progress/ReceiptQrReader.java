package org.hallkiosk.kiosk.progress;

import java.util.List;
import java.util.Optional;

/**
 * Reads a receipt QR payload by the configured rules, in order. Whatever arrives — random bytes, megabytes, control
 * characters, injection attempts — the answer is a {@link QrReading}, never an exception.
 */
public final class ReceiptQrReader {

    /** Receipt payloads are short; anything longer is not a receipt and is not worth matching. */
    public static final int MAX_PAYLOAD_CHARS = 2048;

    private final List<QrRule> rules;

    public ReceiptQrReader(List<QrRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<QrRule> rules() {
        return rules;
    }

    public QrReading read(String payload) {
        if (payload == null) {
            return new QrReading.Unrecognised("no payload");
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            return new QrReading.Unrecognised("payload longer than " + MAX_PAYLOAD_CHARS + " characters");
        }
        // Scanners end codes with CR/LF and some prefix a BOM; inside a payload, control characters mean garbage.
        String p = payload.replace("\uFEFF", "").strip();
        if (p.isEmpty()) {
            return new QrReading.Unrecognised("empty payload");
        }
        if (p.chars().anyMatch(Character::isISOControl)) {
            return new QrReading.Unrecognised("payload contains control characters");
        }
        if (!validSurrogates(p)) {
            return new QrReading.Unrecognised("payload is not well-formed text");
        }
        for (QrRule rule : rules) {
            Optional<ReceiptKey> key;
            try {
                key = rule.read(p);
            } catch (RuntimeException | StackOverflowError e) {
                // A hostile payload may defeat a rule (a runaway pattern, a malformed escape): that rule simply does not match.
                continue;
            }
            if (key.isPresent()) {
                return new QrReading.Recognised(key.get(), rule.name());
            }
        }
        return new QrReading.Unrecognised(rules.isEmpty() ? "no QR rules configured" : "matches none of the rules " + names());
    }

    private String names() {
        return rules.stream().map(QrRule::name).toList().toString();
    }

    private static boolean validSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
