package org.hallkiosk.kiosk.hall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hallkiosk.queue.NoShowOutcome;
import org.hallkiosk.queue.NumberLease;
import org.hallkiosk.queue.OfflineTicket;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueStatus;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketState;
import org.hallkiosk.queue.Visitor;

/**
 * The kiosk's (and kioskctl's) side of the hall server's API, over {@code java.net.http}: issue, check in, lease,
 * hand over; and the counter's calls. Answers come back as the queue's own records ({@link Ticket},
 * {@link Position}, {@link NumberLease}), so the screens and the ticket printer work the same in both modes.
 *
 * <p>Failures come in two kinds: {@link HallUnavailableException} (no answer: go offline, retry later with the same
 * request id) and {@link HallRequestException} (an answer that says no).
 */
public final class HallClient {

    /** A ticket issued by the server, or the rule that refused it. */
    public sealed interface IssueOutcome {
    }

    /** Issued (or, with {@code replayed}, the ticket an earlier try of the same request got). */
    public record Issued(Ticket ticket, Position position, String statusUrl, boolean replayed) implements IssueOutcome {
    }

    /** Refused by a queue rule; {@code rule} and {@code arguments} as {@code Refusal#rule()} and {@code arguments()}. */
    public record Refused(String rule, List<Object> arguments) implements IssueOutcome {
    }

    /** What became of one handed-over ticket: {@code accepted}, {@code already-here} or {@code rejected}. */
    public record HandOverResult(String number, String outcome, Optional<String> reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration timeout;

    /**
     * @param base    the server, e.g. {@code https://hall.lan:8480}
     * @param token   this device's token
     * @param timeout how long one request may take before the kiosk treats the server as unreachable
     */
    public HallClient(HttpClient http, URI base, String token, Duration timeout) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    /** A client with its own HTTP connection pool. */
    public static HallClient of(URI base, String token, Duration timeout) {
        return new HallClient(HttpClient.newBuilder().connectTimeout(timeout).build(), base, token, timeout);
    }

    /** Issues a ticket; the same {@code requestId} after a timeout gets the same ticket. */
    public IssueOutcome issue(String line, String requestId, Optional<Visitor> visitor, Optional<String> item)
            throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("line", line).put("requestId", requestId);
        visitor.ifPresent(v -> body.set("visitor", visitor(v)));
        item.ifPresent(i -> body.put("item", i));
        return outcome(send("POST", "/api/v1/tickets", body, 200, 201, 422));
    }

    /** Checks in a booking by its scanned code (and the card, if shown). */
    public IssueOutcome checkIn(String scanned, String requestId, Optional<Visitor> visitor) throws HallUnavailableException {
        return checkIn(Optional.of(scanned), requestId, visitor);
    }

    /** Checks in a booking by its scanned code, or the card holder's booking of today, or both. */
    public IssueOutcome checkIn(Optional<String> scanned, String requestId, Optional<Visitor> visitor) throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("requestId", requestId);
        scanned.ifPresent(c -> body.put("code", c));
        visitor.ifPresent(v -> body.set("visitor", visitor(v)));
        return outcome(send("POST", "/api/v1/appointments/check-in", body, 200, 201, 422));
    }

    /** Every line with its waiting count. */
    public JsonNode lines() throws HallUnavailableException {
        return send("GET", "/api/v1/lines", null, 200).body().get("lines");
    }

    /** Leases {@code size} numbers of {@code line} for offline issuing; the same request id gets the same block. */
    public NumberLease lease(String line, int size, String requestId) throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("requestId", requestId).put("line", line).put("size", size);
        return lease(send("POST", "/api/v1/leases", body, 201).body().get("lease"));
    }

    /** This kiosk's leases of today. */
    public List<NumberLease> leases() throws HallUnavailableException {
        List<NumberLease> out = new ArrayList<>();
        for (JsonNode l : send("GET", "/api/v1/leases", null, 200).body().get("leases")) {
            out.add(lease(l));
        }
        return out;
    }

    /** Hands over tickets issued offline; safe to repeat. */
    public List<HandOverResult> handOver(List<OfflineTicket> tickets) throws HallUnavailableException {
        ArrayNode list = JSON.createArrayNode();
        for (OfflineTicket t : tickets) {
            ObjectNode o = list.addObject().put("leaseId", t.leaseId()).put("id", t.id()).put("number", t.number())
                    .put("issuedAt", t.issuedAt().toString());
            t.visitor().ifPresent(v -> o.set("visitor", visitor(v)));
            t.item().ifPresent(i -> o.put("item", i));
            t.supersedes().ifPresent(r -> o.put("supersedesRequestId", r));
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("tickets", list);
        List<HandOverResult> out = new ArrayList<>();
        for (JsonNode r : send("POST", "/api/v1/leases/handover", body, 200).body().get("results")) {
            out.add(new HandOverResult(r.get("number").asText(), r.get("outcome").asText(),
                    r.hasNonNull("reason") ? Optional.of(r.get("reason").asText()) : Optional.empty()));
        }
        return out;
    }

    /** Calls the next ticket to {@code window} (of {@code line} only, if given); empty when nobody waits. */
    public Optional<Ticket> call(int window, Optional<String> line) throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode();
        line.ifPresent(l -> body.put("line", l));
        Reply r = send("POST", "/api/v1/windows/" + window + "/call", body, 200, 204);
        return r.status() == 204 ? Optional.empty() : Optional.of(ticket(r.body().get("ticket")));
    }

    public Ticket recall(int window) throws HallUnavailableException {
        return ticket(send("POST", "/api/v1/windows/" + window + "/recall", null, 200).body().get("ticket"));
    }

    public Ticket done(int window) throws HallUnavailableException {
        return ticket(send("POST", "/api/v1/windows/" + window + "/done", null, 200).body().get("ticket"));
    }

    /** 过号: the ticket after it, void or back in line. */
    public Ticket noShow(int window) throws HallUnavailableException {
        return noShowOutcome(window).ticket();
    }

    /** 过号, with what became of the ticket: void, or back in line from a time. */
    public NoShowOutcome noShowOutcome(int window) throws HallUnavailableException {
        JsonNode b = send("POST", "/api/v1/windows/" + window + "/no-show", null, 200).body();
        return new NoShowOutcome(ticket(b.get("ticket")), b.path("voided").asBoolean(),
                b.hasNonNull("callableFrom") ? Optional.of(instant(b.get("callableFrom"))) : Optional.empty());
    }

    public Ticket transfer(int window, String toLine, boolean front) throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("to", toLine).put("front", front);
        return ticket(send("POST", "/api/v1/windows/" + window + "/transfer", body, 200).body().get("ticket"));
    }

    /** The day's queue as the server reports it (counters only). */
    public JsonNode status() throws HallUnavailableException {
        return send("GET", "/api/v1/status", null, 200).body();
    }

    /** The day's queue (counters only), as the queue's own record. */
    public QueueStatus queueStatus() throws HallUnavailableException {
        JsonNode b = status();
        List<QueueStatus.LineCounts> lines = new ArrayList<>();
        for (JsonNode l : b.path("lines")) {
            lines.add(new QueueStatus.LineCounts(l.get("prefix").asText(), l.path("name").asText(), l.path("waiting").asInt(),
                    l.path("called").asInt(), l.path("served").asInt(), l.path("averageServiceMinutes").asDouble()));
        }
        List<Ticket> tickets = new ArrayList<>();
        for (JsonNode t : b.path("tickets")) {
            tickets.add(ticket(t));
        }
        return new QueueStatus(LocalDate.parse(b.get("serviceDay").asText()), instant(b.get("at")), lines, tickets);
    }

    /**
     * 呼叫工作人员: tells the hall's counters that a visitor at this kiosk needs staff ({@code location}, e.g. "2楼东侧",
     * shown to them if given). Returns false when the server already had an open call from this kiosk.
     */
    public boolean askForHelp(Optional<String> location) throws HallUnavailableException {
        ObjectNode body = JSON.createObjectNode();
        location.ifPresent(l -> body.put("location", l));
        return send("POST", "/api/v1/help", body, 200, 201).status() == 201;
    }

    /** The device this client's token belongs to: {@code {"name","role"}} and the server's day and time. */
    public JsonNode me() throws HallUnavailableException {
        return send("GET", "/api/v1/me", null, 200).body();
    }

    /** A ticket and its place now. */
    public Optional<Ticket> ticket(String id) throws HallUnavailableException {
        try {
            return Optional.of(ticket(send("GET", "/api/v1/tickets/" + id, null, 200).body().get("ticket")));
        } catch (HallRequestException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private record Reply(int status, JsonNode body) {
    }

    private Reply send(String method, String path, JsonNode body, int... expected) throws HallUnavailableException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body.toString()));
        } else {
            b.GET();
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HallUnavailableException("the hall server at " + base + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HallUnavailableException("interrupted while asking the hall server", e);
        }
        JsonNode json = parse(r.body());
        if (r.statusCode() >= 500) {
            throw new HallUnavailableException("the hall server at " + base + " cannot serve now (" + r.statusCode() + " "
                    + (json == null ? "" : json.path("message").asText()) + ")", null);
        }
        for (int ok : expected) {
            if (r.statusCode() == ok) {
                return new Reply(ok, json);
            }
        }
        throw new HallRequestException(r.statusCode(), json == null ? "" : json.path("error").asText(),
                json == null ? "HTTP " + r.statusCode() + " from " + base : json.path("message").asText());
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static IssueOutcome outcome(Reply r) {
        if (r.status() == 422) {
            List<Object> args = new ArrayList<>();
            for (JsonNode a : r.body().at("/refusal/arguments")) {
                args.add(a.isNumber() ? (Object) a.numberValue() : a.asText());
            }
            return new Refused(r.body().at("/refusal/rule").asText(), args);
        }
        JsonNode b = r.body();
        return new Issued(ticket(b.get("ticket")), new Position(b.at("/position/ahead").asInt(), b.at("/position/estimatedWaitMinutes").asInt()),
                b.path("statusUrl").asText(), b.path("replayed").asBoolean());
    }

    private static ObjectNode visitor(Visitor v) {
        return JSON.createObjectNode().put("personHash", v.personHash()).put("maskedName", v.maskedName()).put("elder", v.elder());
    }

    /** The server's ticket JSON as the queue's record. */
    static Ticket ticket(JsonNode t) {
        String number = t.get("number").asText();
        String issuedOn = t.path("issuedOn").asText(number.replaceAll("\\d", ""));
        return new Ticket(t.get("id").asText(), LocalDate.parse(t.get("serviceDay").asText()), number, issuedOn,
                Integer.parseInt(number.substring(issuedOn.length())), t.get("line").asText(),
                TicketState.valueOf(t.get("state").asText().toUpperCase(Locale.ROOT)),
                Priority.valueOf(t.get("priority").asText().toUpperCase(Locale.ROOT)), instant(t.get("issuedAt")),
                t.hasNonNull("maskedName") ? Optional.of(t.get("maskedName").asText()) : Optional.empty(),
                t.path("window").asInt(0), t.hasNonNull("calledAt") ? Optional.of(instant(t.get("calledAt"))) : Optional.empty(),
                t.path("misses").asInt(0), t.hasNonNull("item") ? Optional.of(t.get("item").asText()) : Optional.empty());
    }

    private static NumberLease lease(JsonNode l) {
        return new NumberLease(l.get("id").asText(), l.get("device").asText(), LocalDate.parse(l.get("serviceDay").asText()), l.get("line").asText(),
                l.get("first").asInt(), l.get("last").asInt(), instant(l.get("grantedAt")));
    }

    private static Instant instant(JsonNode v) {
        return OffsetDateTime.parse(v.asText()).toInstant();
    }
}
