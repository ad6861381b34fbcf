package org.hallkiosk.kiosk.progress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a centre encodes a receipt in its QR code. {@link ReceiptQrReader} tries the configured rules in order.
 * A rule answers empty for anything it does not recognise; it may throw on hostile input, which the reader treats
 * as "not recognised".
 */
public sealed interface QrRule {

    /** The rule's name in {@code progress.qr.order}. */
    String name();

    /** The receipt in {@code payload} (already stripped of surrounding whitespace), if this rule recognises it. */
    Optional<ReceiptKey> read(String payload);

    /**
     * A URL whose query carries the case number and query code, e.g.
     * {@code https://www.gdzwfw.gov.cn/bscx?sblsh=…&cxmm=…}. Parameters after a {@code #} count too, since many
     * centres' mobile pages keep their query there ({@code …/#/progress?sblsh=…}). Parameter names match
     * regardless of case.
     *
     * @param caseParam the case number's parameter, e.g. {@code sblsh}
     * @param codeParam the query code's parameter, e.g. {@code cxmm}
     * @param host      when not empty, only URLs on this host (case-insensitive) are accepted
     */
    record UrlRule(String caseParam, String codeParam, String host) implements QrRule {

        private static final Pattern URL = Pattern.compile("(?i)https?://([^/?#:\\s]+)(:\\d{1,5})?[^?\\s]*\\?(\\S*)");

        public UrlRule {
            Objects.requireNonNull(caseParam, "caseParam");
            Objects.requireNonNull(codeParam, "codeParam");
            host = Objects.requireNonNullElse(host, "");
            if (caseParam.isBlank() || codeParam.isBlank() || caseParam.equalsIgnoreCase(codeParam)) {
                throw new IllegalArgumentException("the case number and query code parameters must be two different names");
            }
        }

        @Override
        public String name() {
            return "url";
        }

        @Override
        public Optional<ReceiptKey> read(String payload) {
            Matcher m = URL.matcher(payload);
            if (!m.matches()) {
                return Optional.empty();
            }
            if (!host.isEmpty() && !m.group(1).equalsIgnoreCase(host)) {
                return Optional.empty();
            }
            String caseNumber = null;
            String code = null;
            for (String pair : m.group(3).split("[&#?]")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = decode(pair.substring(0, eq));
                String value = decode(pair.substring(eq + 1));
                if (name.equalsIgnoreCase(caseParam)) {
                    if (caseNumber != null && !caseNumber.equals(value)) {
                        return Optional.empty(); // two different case numbers: refuse rather than guess
                    }
                    caseNumber = value;
                } else if (name.equalsIgnoreCase(codeParam)) {
                    if (code != null && !code.equals(value)) {
                        return Optional.empty();
                    }
                    code = value;
                }
            }
            return ReceiptKey.isValid(caseNumber, code) ? Optional.of(new ReceiptKey(caseNumber, code)) : Optional.empty();
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }

    /**
     * A whole-payload regular expression with the named groups {@code case} and {@code code}, for receipts that
     * print e.g. {@code BJ:62052400MZ-XK-0001;CX:482913}.
     */
    record PatternRule(Pattern pattern) implements QrRule {

        /** How long one match may take before the payload is given up as hostile. */
        static final long MATCH_MILLIS = 50;

        public PatternRule {
            Objects.requireNonNull(pattern, "pattern");
            String p = pattern.pattern();
            if (!p.contains("(?<case>") || !p.contains("(?<code>")) {
                throw new IllegalArgumentException("the pattern needs the named groups (?<case>…) and (?<code>…)");
            }
        }

        /** Compiles {@code regex}; a bad one is an {@link IllegalArgumentException} saying why. */
        public static PatternRule compile(String regex) {
            try {
                return new PatternRule(Pattern.compile(regex));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription());
            }
        }

        @Override
        public String name() {
            return "regex";
        }

        @Override
        public Optional<ReceiptKey> read(String payload) {
            Matcher m = pattern.matcher(new Deadline(payload, System.nanoTime() + MATCH_MILLIS * 1_000_000));
            if (!m.matches()) {
                return Optional.empty();
            }
            String caseNumber = m.group("case");
            String code = m.group("code");
            return ReceiptKey.isValid(caseNumber, code) ? Optional.of(new ReceiptKey(caseNumber, code)) : Optional.empty();
        }

        /** Text that stops a runaway (catastrophically backtracking) match by throwing once its time is up. */
        private record Deadline(CharSequence text, long deadlineNanos) implements CharSequence {
            @Override
            public char charAt(int index) {
                if (System.nanoTime() > deadlineNanos) {
                    throw new IllegalStateException("pattern match took longer than " + MATCH_MILLIS + " ms");
                }
                return text.charAt(index);
            }

            @Override
            public int length() {
                return text.length();
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return new Deadline(text.subSequence(start, end), deadlineNanos);
            }

            @Override
            public String toString() {
                return text.toString();
            }
        }
    }

    /**
     * The kiosk's own signed receipt format, {@code HKQ1.<case number>.<query code>.<signature>}, for centres that
     * print receipts in it: the signature is the unpadded base64url HMAC-SHA256 of {@code HKQ1.<case>.<code>} under
     * the centre's key, so a forged or altered code is refused before any lookup. See {@link ReceiptSignature}.
     */
    record SignedRule(byte[] key) implements QrRule {

        public SignedRule {
            Objects.requireNonNull(key, "key");
            if (key.length < ReceiptSignature.MIN_KEY_BYTES) {
                throw new IllegalArgumentException("the signing key must be at least " + ReceiptSignature.MIN_KEY_BYTES + " bytes");
            }
            key = key.clone();
        }

        @Override
        public String name() {
            return "signed";
        }

        @Override
        public Optional<ReceiptKey> read(String payload) {
            return ReceiptSignature.verify(key, payload);
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignedRule s && Arrays.equals(key, s.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }

        /** The key is a secret: never printed. */
        @Override
        public String toString() {
            return "SignedRule[key=<" + key.length + " bytes>]";
        }
    }
}
