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
        FieldMap fields) {

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
        if (retries < 0 || retries > 3) {
            throw new IllegalArgumentException("retries must be 0 to 3");
        }
    }

    /** Settings for a backend that speaks the kiosk's own case JSON at the given URL templates. */
    public static HttpSourceSettings of(String caseUrl, String holderUrl) {
        return new HttpSourceSettings(caseUrl, "", holderUrl, "", Duration.ofSeconds(3), 1, Map.of(), Map.of(), Map.of(),
                Set.of(), Set.of(), FieldMap.standard());
    }

    /** Checks a URL template: http(s), and the placeholders it must contain. */
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
            throw new IllegalArgumentException("must be an http:// or https:// URL with a host");
        }
        return template;
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
                pickupMethods, okCodes, notFoundCodes, fields);
    }

    public HttpSourceSettings withFields(FieldMap f) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, statusCodes,
                pickupMethods, okCodes, notFoundCodes, f);
    }

    public HttpSourceSettings withStatusCodes(Map<String, CaseStatus> codes) {
        return new HttpSourceSettings(caseUrl, caseBody, holderUrl, holderBody, timeout, retries, headers, codes,
                pickupMethods, okCodes, notFoundCodes, fields);
    }

    /** Header values are secrets (tokens): only the names are printed. */
    @Override
    public String toString() {
        return "HttpSourceSettings[caseUrl=" + caseUrl + ", holderUrl=" + holderUrl + ", timeout=" + timeout
                + ", retries=" + retries + ", headers=" + headers.keySet() + "]";
    }
}
