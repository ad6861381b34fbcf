package org.hallkiosk.kiosk.progress;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;

/** Reads and describes the {@code progress:} section of kiosk.yaml. */
public final class ProgressSection implements ConfigSection<ProgressSettings> {

    private static final List<String> RULE_NAMES = List.of("url", "regex", "signed");

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Class<ProgressSettings> type() {
        return ProgressSettings.class;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("source", "idCardLookup", "keypad.letters",
                "qr.order", "qr.url.caseParam", "qr.url.codeParam", "qr.url.host", "qr.regex.pattern", "qr.signed.key",
                "http.caseUrl", "http.caseBody", "http.holderUrl", "http.holderBody", "http.timeoutSeconds", "http.retries",
                "http.headers.*", "http.statusCodes.*", "http.pickupMethods.*", "http.okCodes", "http.notFoundCodes",
                "http.tls.caBundle", "http.tls.clientCert", "http.tls.clientKey", "http.tls.clientPassword"));
        FieldMap.DEFAULTS.keySet().forEach(f -> keys.add("http.map." + f));
        return keys;
    }

    @Override
    public ProgressSettings defaults() {
        return ProgressSettings.defaults();
    }

    @Override
    public ProgressSettings read(SectionValues v) {
        ProgressSettings d = defaults();
        ProgressSettings.Source source = v.get("source", d.source(), s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "demo" -> ProgressSettings.Source.DEMO;
            case "local" -> ProgressSettings.Source.LOCAL;
            case "http" -> ProgressSettings.Source.HTTP;
            default -> throw new IllegalArgumentException("must be demo, local or http");
        });
        boolean idCard = v.bool("idCardLookup", d.idCardLookup());
        boolean letters = v.bool("keypad.letters", d.keypadLetters());
        List<QrRule> rules = rules(v);
        Optional<HttpSourceSettings> http = Optional.empty();
        if (source == ProgressSettings.Source.HTTP) {
            http = http(v, idCard);
        }
        if (source == ProgressSettings.Source.HTTP && http.isEmpty()) {
            v.get("source", null, s -> {
                throw new IllegalArgumentException("is http, but http.caseUrl is not set");
            });
            source = d.source();
        }
        return new ProgressSettings(source, idCard, letters, rules, http);
    }

    private static List<QrRule> rules(SectionValues v) {
        String caseParam = v.get("qr.url.caseParam", "sblsh", ProgressSection::paramName);
        String codeParam = v.get("qr.url.codeParam", "cxmm", p -> {
            paramName(p);
            if (p.equalsIgnoreCase(caseParam)) {
                throw new IllegalArgumentException("must differ from qr.url.caseParam");
            }
            return p;
        });
        if (codeParam.equalsIgnoreCase(caseParam)) {
            codeParam = caseParam.equalsIgnoreCase("cxmm") ? "cxmm_" : "cxmm"; // a problem is already reported
        }
        Optional<QrRule> url = Optional.of(new QrRule.UrlRule(caseParam, codeParam,
                v.get("qr.url.host", "", s -> s.toLowerCase(Locale.ROOT))));
        Optional<QrRule> regex = Optional.ofNullable(v.get("qr.regex.pattern", null, QrRule.PatternRule::compile));
        Optional<QrRule> signed = Optional.ofNullable(v.get("qr.signed.key", null, k -> {
            byte[] key = k.getBytes(StandardCharsets.UTF_8);
            if (key.length < ReceiptSignature.MIN_KEY_BYTES) {
                throw new IllegalArgumentException("must be at least " + ReceiptSignature.MIN_KEY_BYTES
                        + " characters (e.g. from: openssl rand -base64 32)");
            }
            return new QrRule.SignedRule(key);
        }));
        Map<String, Optional<QrRule>> byName = Map.of("url", url, "regex", regex, "signed", signed);
        List<String> order = v.get("qr.order", null, s -> {
            List<String> names = Arrays.stream(s.split(",")).map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty()).toList();
            for (String n : names) {
                if (!RULE_NAMES.contains(n)) {
                    throw new IllegalArgumentException("'" + n + "' is not a rule; rules are url, regex, signed");
                }
            }
            if (names.isEmpty() || new LinkedHashSet<>(names).size() != names.size()) {
                throw new IllegalArgumentException("must name each rule once, e.g. \"signed, url, regex\"");
            }
            if (names.contains("regex") && !v.has("qr.regex.pattern")) {
                throw new IllegalArgumentException("names regex, but qr.regex.pattern is not set");
            }
            if (names.contains("signed") && !v.has("qr.signed.key")) {
                throw new IllegalArgumentException("names signed, but qr.signed.key is not set");
            }
            return names;
        });
        if (order == null) {
            order = List.of("signed", "url", "regex"); // the strictest first: a signed receipt is never misread as a URL
        }
        List<QrRule> rules = new ArrayList<>();
        for (String n : order) {
            byName.get(n).ifPresent(rules::add);
        }
        return rules;
    }

    private static String paramName(String s) {
        if (!s.matches("[A-Za-z0-9_.\\-]{1,32}")) {
            throw new IllegalArgumentException("must be a query parameter name such as sblsh");
        }
        return s;
    }

    private static Optional<HttpSourceSettings> http(SectionValues v, boolean idCard) {
        String caseBody = v.get("http.caseBody", "", t -> {
            if (!t.contains("{caseNumber}") || !t.contains("{queryCode}")) {
                throw new IllegalArgumentException("must contain {caseNumber} and {queryCode}");
            }
            return t;
        });
        List<String> inUrl = caseBody.isEmpty() ? List.of("caseNumber", "queryCode") : List.of();
        String caseUrl = v.get("http.caseUrl", "", t -> HttpSourceSettings.checkTemplate(t, inUrl));
        String holderBody = v.text("http.holderBody", "");
        String holderUrl = v.get("http.holderUrl", "", t -> {
            HttpSourceSettings.checkHolder(t, holderBody);
            return t;
        });
        int timeout = v.integer("http.timeoutSeconds", 3, 1, 30);
        int retries = v.integer("http.retries", 1, 0, 3);
        Map<String, String> headers = new LinkedHashMap<>();
        v.mapping("http.headers").forEach((name, value) -> {
            String checked = v.get("http.headers." + name, null, n -> {
                HttpSourceSettings.checkHeader(name);
                return name;
            });
            if (checked != null) {
                headers.put(name, value);
            }
        });
        Map<String, CaseStatus> statusCodes = new LinkedHashMap<>();
        v.mapping("http.statusCodes").keySet().forEach(code -> {
            CaseStatus s = v.get("http.statusCodes." + code, null, t -> CaseStatus.parse(t).orElseThrow(
                    () -> new IllegalArgumentException("must be a public status, one of " + Arrays.toString(CaseStatus.values()))));
            if (s != null) {
                statusCodes.put(code, s);
            }
        });
        Map<String, String> pickup = new LinkedHashMap<>();
        v.mapping("http.pickupMethods").keySet().forEach(raw -> {
            String m = v.get("http.pickupMethods." + raw, null, t -> {
                String n = t.toLowerCase(Locale.ROOT);
                if (!Set.of("window", "post", "electronic", "none").contains(n)) {
                    throw new IllegalArgumentException("must be window, post, electronic or none");
                }
                return n;
            });
            if (m != null) {
                pickup.put(raw, m);
            }
        });
        Set<String> ok = v.get("http.okCodes", Set.of(), ProgressSection::codes);
        Set<String> notFound = v.get("http.notFoundCodes", Set.of(), ProgressSection::codes);
        Map<String, String> pointers = new LinkedHashMap<>();
        for (String field : FieldMap.DEFAULTS.keySet()) {
            String p = v.get("http.map." + field, null, t -> FieldMap.check(t.equalsIgnoreCase("none") ? "" : t));
            if (p != null) {
                pointers.put(field, p);
            }
        }
        HttpTls tls = tls(v);
        if (caseUrl.isEmpty()) {
            return Optional.empty();
        }
        if (idCard && holderUrl.isEmpty() && v.has("idCardLookup")) {
            v.get("idCardLookup", null, t -> {
                throw new IllegalArgumentException("is on, but http.holderUrl is not set");
            });
        }
        return Optional.of(new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, Duration.ofSeconds(timeout),
                retries, headers, statusCodes, pickup, ok, notFound, new FieldMap(pointers), tls));
    }

    /** The TLS files are read now, so that a wrong path or password is a configuration error, not a failed lookup. */
    private static HttpTls tls(SectionValues v) {
        Optional<java.nio.file.Path> ca = Optional.ofNullable(v.get("http.tls.caBundle", null, java.nio.file.Path::of));
        Optional<java.nio.file.Path> cert = Optional.ofNullable(v.get("http.tls.clientCert", null, java.nio.file.Path::of));
        Optional<java.nio.file.Path> key = Optional.ofNullable(v.get("http.tls.clientKey", null, java.nio.file.Path::of));
        String password = v.text("http.tls.clientPassword", "");
        HttpTls tls = new HttpTls(ca, cert, key, password);
        if (!tls.isDefault()) {
            String blame = cert.isPresent() ? "http.tls.clientCert" : "http.tls.caBundle";
            HttpTls checked = v.get(blame, null, t -> {
                tls.sslContext();
                return tls;
            });
            return checked == null ? HttpTls.none() : checked;
        }
        return tls;
    }

    private static Set<String> codes(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : s.split(",")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    @Override
    public List<String> describe(ProgressSettings s) {
        List<String> lines = new ArrayList<>();
        lines.add("source: " + s.source().name().toLowerCase(Locale.ROOT));
        lines.add("idCardLookup: " + s.idCardLookup());
        lines.add("keypad.letters: " + s.keypadLetters());
        lines.add("qr.order: " + String.join(", ", s.qrRules().stream().map(QrRule::name).toList()));
        for (QrRule r : s.qrRules()) {
            if (r instanceof QrRule.UrlRule u) {
                lines.add("qr.url.caseParam: " + u.caseParam());
                lines.add("qr.url.codeParam: " + u.codeParam());
                if (!u.host().isEmpty()) {
                    lines.add("qr.url.host: " + u.host());
                }
            } else if (r instanceof QrRule.PatternRule p) {
                lines.add("qr.regex.pattern: '" + p.pattern().pattern().replace("'", "''") + "'");
            } else if (r instanceof QrRule.SignedRule) {
                lines.add("qr.signed.key: <set>");
            }
        }
        s.http().ifPresent(h -> {
            lines.add("http.caseUrl: " + h.caseUrl());
            if (!h.caseBody().isEmpty()) {
                lines.add("http.caseBody: '" + h.caseBody().replace("'", "''") + "'");
            }
            lines.add("http.holderUrl: " + h.holderUrl());
            if (!h.holderBody().isEmpty()) {
                lines.add("http.holderBody: '" + h.holderBody().replace("'", "''") + "'");
            }
            lines.add("http.timeoutSeconds: " + h.timeout().toSeconds());
            lines.add("http.retries: " + h.retries());
            h.headers().keySet().forEach(n -> lines.add("http.headers." + n + ": <set>"));
            h.statusCodes().forEach((k, st) -> lines.add("http.statusCodes." + k + ": " + st.name()));
            h.pickupMethods().forEach((k, m) -> lines.add("http.pickupMethods." + k + ": " + m));
            if (!h.okCodes().isEmpty()) {
                lines.add("http.okCodes: " + String.join(", ", h.okCodes()));
            }
            if (!h.notFoundCodes().isEmpty()) {
                lines.add("http.notFoundCodes: " + String.join(", ", h.notFoundCodes()));
            }
            h.fields().pointers().forEach((f, p) -> lines.add("http.map." + f + ": " + (p.isEmpty() ? "none" : "\"" + p + "\"")));
            h.tls().caBundle().ifPresent(p -> lines.add("http.tls.caBundle: " + p));
            h.tls().clientCert().ifPresent(p -> lines.add("http.tls.clientCert: " + p));
            h.tls().clientKey().ifPresent(p -> lines.add("http.tls.clientKey: " + p));
            if (!h.tls().clientPassword().isEmpty()) {
                lines.add("http.tls.clientPassword: <set>");
            }
        });
        return lines;
    }
}
