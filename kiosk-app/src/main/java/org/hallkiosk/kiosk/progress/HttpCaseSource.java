package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cases from the centre's approval system over HTTP(S)/JSON, configured entirely in kiosk.yaml: URL templates,
 * headers, a timeout per attempt, retries, a JSON-pointer field mapping and a status-code table.
 *
 * <p>Every lookup ends within {@code (1 + retries) × timeout} (plus a moment): a backend that is down, slow, answers
 * 5xx or answers something that is not the agreed JSON gives {@link CaseLookup.Unavailable}, whose reason is logged
 * for the technician. Neither the ID number nor the query code is ever logged; the URL logged for a holder lookup is
 * the template, not the request.
 *
 * <p>HTTPS only (plain HTTP only to loopback), with the configured CA bundle and client certificate; redirects are
 * never followed; the holder lookup is always a POST with the ID number in its body.
 */
public final class HttpCaseSource implements CaseSource {

    /** Answers larger than this are not case data. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpCaseSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSourceSettings settings;
    private final HttpClient client;
    private final JsonCaseMapper mapper;

    public HttpCaseSource(HttpSourceSettings settings, ZoneId zone) {
        this.settings = settings;
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                // Never: a redirect would carry the token header and the POSTed ID number to whatever host it names.
                .followRedirects(HttpClient.Redirect.NEVER);
        if (!settings.tls().isDefault()) {
            b.sslContext(settings.tls().sslContext());
        }
        this.client = b.build();
        this.mapper = new JsonCaseMapper(settings, zone);
    }

    @Override
    public CaseLookup byReceipt(ReceiptKey key) {
        Map<String, String> values = Map.of("caseNumber", key.caseNumber(), "queryCode", key.queryCode());
        HttpRequest request = request(settings.caseUrl(), settings.caseBody(), values);
        String what = "case " + key.caseNumber();
        Answer answer = exchange(request, what);
        if (answer instanceof Answer.Ends ends) {
            return ends.lookup();
        }
        Answer.Body body = (Answer.Body) answer;
        JsonNode root = body.json();
        JsonNode c = root.at(settings.fields().pointer("caseRoot"));
        if (c.isMissingNode() || c.isNull() || c.isArray() && c.isEmpty() || c.isObject() && c.isEmpty()) {
            return new CaseLookup.NotFound();
        }
        if (c.isArray()) {
            c = c.get(0); // some systems always answer with a list
        }
        try {
            CaseRecord record = mapper.map(c);
            if (!record.caseNumber().equals(key.caseNumber())) {
                return unavailable(what, "the answer is about a different case (" + record.caseNumber() + ")");
            }
            return new CaseLookup.Found(List.of(record));
        } catch (JsonCaseMapper.MappingException e) {
            return unavailable(what, e.getMessage());
        }
    }

    @Override
    public CaseLookup byHolder(String idNumber) {
        if (settings.holderUrl().isEmpty()) {
            return new CaseLookup.Unavailable("ID-card lookup is not configured (progress.http.holderUrl is empty)");
        }
        HttpRequest request = request(settings.holderUrl(), settings.holderBody(), Map.of("idNumber", idNumber.strip()));
        String what = "holder lookup";
        Answer answer = exchange(request, what);
        if (answer instanceof Answer.Ends ends) {
            return ends.lookup();
        }
        Answer.Body body = (Answer.Body) answer;
        JsonNode list = body.json().at(settings.fields().pointer("listRoot"));
        if (list.isMissingNode() || list.isNull()) {
            return new CaseLookup.NotFound();
        }
        if (!list.isArray()) {
            return unavailable(what, "the answer has no list at " + settings.fields().pointers().get("listRoot"));
        }
        List<CaseRecord> cases = new ArrayList<>();
        for (JsonNode c : list) {
            try {
                cases.add(mapper.map(c));
            } catch (JsonCaseMapper.MappingException e) {
                return unavailable(what, e.getMessage());
            }
        }
        return cases.isEmpty() ? new CaseLookup.NotFound() : new CaseLookup.Found(cases);
    }

    @Override
    public String describe() {
        return "HTTP " + settings.caseUrl().replaceAll("\\?.*", "?…");
    }

    /** What one exchange with the backend came to. */
    private sealed interface Answer {
        /** JSON to map. */
        record Body(JsonNode json) implements Answer {
        }

        /** The lookup is decided without mapping: not found, or unavailable. */
        record Ends(CaseLookup lookup) implements Answer {
        }
    }

    private Answer exchange(HttpRequest request, String what) {
        String failure = "";
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            HttpResponse<byte[]> response;
            CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> new LimitedBody(MAX_BODY_BYTES));
            try {
                response = call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                call.cancel(true);
                failure = "no answer within " + settings.timeout().toMillis() + " ms";
                continue;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof java.net.http.HttpTimeoutException) {
                    failure = "no answer within " + settings.timeout().toMillis() + " ms"; // the client's timer won the race
                    continue;
                }
                if (cause instanceof javax.net.ssl.SSLException) {
                    return new Answer.Ends(unavailable(what, "TLS handshake with " + request.uri().getAuthority() + " failed ("
                            + cause.getMessage() + "); check progress.http.tls (caBundle, clientCert)"));
                }
                if (cause instanceof BodyTooLarge || cause.getCause() instanceof BodyTooLarge) {
                    return new Answer.Ends(unavailable(what, "the answer is larger than " + MAX_BODY_BYTES + " bytes"));
                }
                // the client's own request timeout can beat get()'s by a hair: the same silence, said the same way
                failure = cause instanceof java.net.http.HttpTimeoutException
                        ? "no answer within " + settings.timeout().toMillis() + " ms"
                        : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                continue;
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                return new Answer.Ends(unavailable(what, "interrupted"));
            }
            int code = response.statusCode();
            if (code == 404) {
                return new Answer.Ends(new CaseLookup.NotFound());
            }
            if (code >= 300 && code <= 399) {
                String to = response.headers().firstValue("Location").map(l -> " to " + URI.create(request.uri().toString()).resolve(l)
                        .getAuthority()).orElse("");
                return new Answer.Ends(unavailable(what, "HTTP " + code + ": the approval system redirects" + to
                        + "; redirects are never followed, set the final https:// URL in progress.http"));
            }
            if (code >= 500 || code == 429 || code == 408) {
                failure = "HTTP " + code;
                continue;
            }
            if (code < 200 || code > 299) {
                String hint = code == 401 || code == 403 ? " (check progress.http.headers, e.g. the token)" : "";
                return new Answer.Ends(unavailable(what, "HTTP " + code + hint));
            }
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                return new Answer.Ends(unavailable(what, "the answer is not valid JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                return new Answer.Ends(unavailable(what, "the answer cannot be read: " + e.getMessage()));
            }
            if (json == null || json.isMissingNode()) {
                return new Answer.Ends(unavailable(what, "the answer is empty"));
            }
            if (settings.fields().has("resultCode")) {
                JsonNode rc = json.at(settings.fields().pointer("resultCode"));
                String result = rc.isValueNode() ? rc.asText() : "";
                if (settings.notFoundCodes().contains(result)) {
                    return new Answer.Ends(new CaseLookup.NotFound());
                }
                if (!settings.okCodes().isEmpty() && !settings.okCodes().contains(result)) {
                    return new Answer.Ends(unavailable(what, "result code '" + result + "' is neither in okCodes nor in notFoundCodes"));
                }
            }
            return new Answer.Body(json);
        }
        return new Answer.Ends(unavailable(what, failure + " after " + (settings.retries() + 1) + " attempt(s) to "
                + request.uri().getScheme() + "://" + request.uri().getAuthority()));
    }

    private static CaseLookup unavailable(String what, String reason) {
        LOG.warn("approval system: {}: {}", what, reason);
        return new CaseLookup.Unavailable(reason);
    }

    private HttpRequest request(String urlTemplate, String bodyTemplate, Map<String, String> values) {
        String url = urlTemplate;
        String body = bodyTemplate;
        for (Map.Entry<String, String> v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
            body = body.replace("{" + v.getKey() + "}", jsonEscaped(v.getValue()));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Accept", "application/json");
        settings.headers().forEach(b::header);
        if (body.isEmpty()) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json; charset=utf-8");
            b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private static String jsonEscaped(String value) {
        String quoted = JsonNodeFactory.instance.textNode(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The answer exceeded {@link #MAX_BODY_BYTES}. */
    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("answer too large");
        }
    }

    /** Collects an answer's bytes, giving up (and closing the stream) past a limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (bytes.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
