package org.hallkiosk.kiosk.progress;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to ask the centre's approval system for cases (kiosk.yaml {@code progress.http}).
 *
 * @param caseUrl        URL template for a receipt lookup; {@code {caseNumber}} and {@code {queryCode}} are replaced,
 *                       URL-encoded
 * @param caseBody       when not empty, the lookup is a POST of this JSON template (values JSON-escaped) instead of a GET
 * @param holderUrl      URL template for a holder's cases; {@code {idNumber}} is replaced. Empty: ID-card lookup is off
 * @param holderBody     as {@code caseBody}, for the holder lookup (keeps the ID number out of URLs and access logs)
 * @param timeout        per attempt, connection and answer together
 * @param retries        further attempts after a timeout, a connection failure or a 5xx/429 answer
 * @param headers        sent with every request (e.g. a token)
 * @param statusCodes    the backend's status values → the public statuses; unmapped values may also name a status
 *                       directly ({@code UNDER_REVIEW} or {@code 审查中})
 * @param pickupMethods  the backend's pickup values → {@code window}, {@code post}, {@code electronic}, {@code none}
 * @param okCodes        values of {@code map.resultCode} meaning success (when that field is mapped)
 * @param notFoundCodes  values of {@code map.resultCode} meaning "no such case"
 * @param fields         where each field sits in the answer
 * @param tls            the CA bundle to trust and the client certificate, if any
 */
public record HttpSourceSettings(
        String caseUrl,
        String caseBody,
        String holderUrl,
        String holderBody,
        Duration timeout,
        int retries,
        Map<String, String> headers,
        Map<String, CaseStatus> statusCodes,
        Map<String, String> pickupMethods,
        Set<String> okCodes,
        Set<String> notFoundCodes,
        FieldMap fields,
        HttpTls tls) {

    /** What the holder lookup posts when the backend speaks the kiosk's own JSON. */
    static final String DEFAULT_HOLDER_BODY = "{\"idNumber\":\"{idNumber}\"}";

    /** Headers the HTTP client sets itself and refuses from callers. */
    static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");

    public HttpSourceSettings {
        Objects.requireNonNull(caseUrl, "caseUrl");
        caseBody = Objects.requireNonNullElse(caseBody, "");
        holderUrl = Objects.requireNonNullElse(holderUrl, "");
        holderBody = Objects.requireNonNullElse(holderBody, "");
        Objects.requireNonNull(timeout, "timeout");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        statusCodes = Collections.unmodifiableMap(new LinkedHashMap<>(statusCodes));
        pickupMethods = Collections.unmodifiableMap(new LinkedHashMap<>(pickupMethods));
        okCodes = Set.copyOf(okCodes);
        notFoundCodes = Set.copyOf(notFoundCodes);
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(tls, "tls");
        if (retries < 0 || retries > 3) {
            throw new IllegalArgumentException("retries must be 0 to 3");
        }
        checkTemplate(caseUrl, List.of());
        checkHolder(holderUrl, holderBody);
    }

    /** Settings with the JDK's trust and no client certificate. */
    public HttpSourceSettings(String caseUrl, String caseBody, String holderUrl, String holderBody, Duration timeout, int retries,
                              Map<String, String> headers, Map<String, CaseStatus> statusCodes, Map<String, String> pickupMethods,
                              Set<String> okCodes, Set<String> notFoundCodes, FieldMap fields) {
        this(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, statusCodes, pickupMethods, okCodes,
                notFoundCodes, fields, HttpTls.none());
    }

    /**
     * The holder lookup is a POST with the ID number in its body, never in a URL: URLs end up in access logs,
     * proxies and browser histories.
     */
    static void checkHolder(String holderUrl, String holderBody) {
        if (holderUrl.isEmpty()) {
            return;
        }
        checkTemplate(holderUrl, List.of());
        if (holderUrl.contains("{idNumber}")) {
            throw new IllegalArgumentException("must not contain {idNumber}: the ID number goes in http.holderBody, sent by POST");
        }
        if (!holderBody.contains("{idNumber}")) {
            throw new IllegalArgumentException("needs http.holderBody with {idNumber} (the lookup is a POST), e.g. '{\"zjhm\":\"{idNumber}\"}'");
        }
    }

    /** Settings for a backend that speaks the kiosk's own case JSON at the given URL templates. */
    public static HttpSourceSettings of(String caseUrl, String holderUrl) {
        return new HttpSourceSettings(caseUrl, "", holderUrl, holderUrl.isEmpty() ? "" : DEFAULT_HOLDER_BODY, Duration.ofSeconds(3), 1,
                Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), FieldMap.standard());
    }

    /**
     * Checks a URL template: https (plain http only to this machine's loopback, for tests and a local adapter), and
     * the placeholders it must contain.
     */
    public static String checkTemplate(String template, List<String> required) {
        if (template.isEmpty()) {
            return template;
        }
        for (String p : required) {
            if (!template.contains("{" + p + "}")) {
                throw new IllegalArgumentException("must contain {" + p + "}");
            }
        }
        String probe = template.replace("{caseNumber}", "X").replace("{queryCode}", "X").replace("{idNumber}", "X");
        URI uri;
        try {
            uri = URI.create(probe);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid URL: " + e.getMessage());
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an https:// URL with a host");
        }
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("must be https:// (an ID number and the token would cross the network in clear);"
                    + " http:// is allowed only to 127.0.0.1, ::1 or localhost");
        }
        return template;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Checks a header name: not one the client sets itself. */
    public static String checkHeader(String name) {
        if (RESTRICTED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) || !name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException("'" + name + "' cannot be set as a header");
        }
        return name;
    }

    public HttpSourceSettings withTimeout(Duration t) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, t, retries, headers, statusCodes,
                pickupMethods, okCodes, notFoundCodes, fields, tls);
    }

    public HttpSourceSettings withFields(FieldMap f) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, statusCodes,
                pickupMethods, okCodes, notFoundCodes, f, tls);
    }

    public HttpSourceSettings withStatusCodes(Map<String, CaseStatus> codes) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, codes,
                pickupMethods, okCodes, notFoundCodes, fields, tls);
    }

    public HttpSourceSettings withTls(HttpTls t) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, statusCodes,
                pickupMethods, okCodes, notFoundCodes, fields, t);
    }

    /** Header values are secrets (tokens): only the names are printed. */
    @Override
    public String toString() {
        return "HttpSourceSettings[caseUrl=" + caseUrl + ", holderUrl=" + holderUrl + ", timeout=" + timeout
                + ", retries=" + retries + ", headers=" + headers.keySet() + ", tls=" + tls + "]";
    }
}
