package org.hallkiosk.hall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallkiosk.hall.help.HelpRequest;
import org.hallkiosk.queue.LineCatalogue;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.NumberLease;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;
import org.hallkiosk.queue.WindowState;

/**
 * The API's JSON: what tickets, lines, windows and leases look like on the wire, and reading request bodies with
 * a clear message for each mistake. Times are ISO-8601 with the hall's offset.
 */
final class ApiJson {

    private static final Pattern PERSON_HASH = Pattern.compile("[0-9a-f]{64}");

    /** Configured once and never changed: safe to share between threads. */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final LineCatalogue lines;
    private final ZoneId zone;

    ApiJson(LineCatalogue lines, ZoneId zone) {
        this.lines = lines;
        this.zone = zone;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps, lists, strings and numbers always serialise", e);
        }
    }

    /** The request body as JSON; an empty body is an empty object. */
    JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String text(JsonNode body, String field) {
        return optionalText(body, field).orElseThrow(() -> ApiError.badRequest("missing field '" + field + "'"));
    }

    static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest("field '" + field + "' must be a non-empty string");
        }
        return Optional.of(v.asText());
    }

    /** An optional array of non-empty strings ({@code "lines": ["A", "B"]}); empty when absent. */
    static List<String> texts(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("field '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw ApiError.badRequest("field '" + field + "' must be an array of non-empty strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    /** The staff id (工号) a counter page sends with an action, if any. */
    static Optional<String> staff(JsonNode body) {
        Optional<String> staff = optionalText(body, "staff");
        if (staff.isPresent() && !staff.get().matches("[A-Za-z0-9-]{1,20}")) {
            throw ApiError.badRequest("field 'staff' is a staff id (工号) of 1 to 20 letters, digits or dashes");
        }
        return staff;
    }

    static int integer(JsonNode body, String field, int otherwise) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiError.badRequest("field '" + field + "' must be a whole number");
        }
        return v.asInt();
    }

    static boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw ApiError.badRequest("field '" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    /**
     * The visitor a kiosk sends: never an ID number or a full name — only the day hash the kiosk computed, the name
     * already masked, and the elder flag. Anything that looks unmasked is refused, so a misconfigured client cannot
     * make the server store personal data.
     */
    static Optional<Visitor> visitor(JsonNode body) {
        JsonNode v = body.get("visitor");
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw ApiError.badRequest("field 'visitor' must be an object {personHash, maskedName, elder}");
        }
        String hash = text(v, "personHash");
        if (!PERSON_HASH.matcher(hash).matches()) {
            throw ApiError.badRequest("visitor.personHash must be the 64 hex digits of the day's identity hash, never the ID number");
        }
        String name = text(v, "maskedName");
        if (name.length() > 40 || (name.codePointCount(0, name.length()) > 1 && name.indexOf('*') < 0)) {
            throw ApiError.badRequest("visitor.maskedName must be masked (张*三): the server never stores a full name");
        }
        return Optional.of(new Visitor(hash, name, bool(v, "elder")));
    }

    String time(Instant at) {
        return at.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    Instant instant(JsonNode body, String field) {
        String v = text(body, field);
        try {
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.badRequest("field '" + field + "' must be a time like 2026-11-27T09:30:00+08:00, not '" + v + "'");
        }
    }

    /** A ticket; {@code withName} adds the masked name (for the kiosk that issued it and for counters). */
    Map<String, Object> ticket(Ticket t, boolean withName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("number", t.number());
        m.put("line", t.line());
        m.put("lineName", lineName(t.line()));
        m.put("issuedOn", t.issuedOn());
        m.put("serviceDay", t.serviceDay().toString());
        m.put("state", t.state().name().toLowerCase(Locale.ROOT));
        m.put("priority", t.priority().name().toLowerCase(Locale.ROOT));
        priorityReason(t.priority()).ifPresent(r -> m.put("priorityReason", r));
        m.put("issuedAt", time(t.issuedAt()));
        t.item().ifPresent(i -> m.put("item", i));
        if (t.window() > 0) {
            m.put("window", t.window());
        }
        t.calledAt().ifPresent(at -> {
            m.put("calledAt", time(at));
            m.put("waitedSeconds", Math.max(0, Duration.between(t.issuedAt(), at).toSeconds()));
        });
        if (t.misses() > 0) {
            m.put("misses", t.misses());
        }
        if (withName) {
            t.maskedName().ifPresent(n -> m.put("maskedName", n));
        }
        return m;
    }

    /** Why a ticket is called early, in words a display can show: 预约 (booking) or 老年人 (senior). */
    static Optional<String> priorityReason(Priority p) {
        return switch (p) {
            case APPOINTMENT -> Optional.of("appointment");
            case ELDER -> Optional.of("elder");
            case NORMAL -> Optional.empty();
        };
    }

    Map<String, Object> position(Position p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ahead", p.ahead());
        m.put("estimatedWaitMinutes", p.estimatedWaitMinutes());
        return m;
    }

    Map<String, Object> refusal(Refusal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", r.rule());
        m.put("arguments", r.arguments());
        return m;
    }

    Map<String, Object> line(LineSummary s) {
        QueueLine l = s.line();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prefix", l.prefix());
        m.put("name", l.name());
        m.put("windows", l.windows());
        m.put("waiting", s.waiting());
        m.put("estimatedWaitMinutes", s.estimatedWaitMinutes());
        m.put("issuing", s.issuing());
        s.notIssuing().ifPresent(r -> m.put("notIssuing", refusal(r)));
        if (!l.note().isEmpty()) {
            m.put("note", l.note());
        }
        return m;
    }

    List<Map<String, Object>> lines(List<LineSummary> all) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LineSummary s : all) {
            out.add(line(s));
        }
        return out;
    }

    Map<String, Object> window(WindowState w, boolean withName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("window", w.window());
        m.put("paused", w.paused());
        w.reason().ifPresent(r -> m.put("pauseReason", r));
        m.put("current", w.current().map(t -> (Object) ticket(t, withName)).orElse(null));
        return m;
    }

    Map<String, Object> lease(NumberLease l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("device", l.device());
        m.put("line", l.line());
        m.put("serviceDay", l.serviceDay().toString());
        m.put("first", l.first());
        m.put("last", l.last());
        m.put("numbers", l.numbers());
        m.put("grantedAt", time(l.grantedAt()));
        return m;
    }

    /** A help call (呼叫工作人员) as counters see it. */
    Map<String, Object> help(HelpRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("device", r.device());
        m.put("kiosk", r.kiosk());
        r.location().ifPresent(l -> m.put("location", l));
        m.put("at", time(r.at()));
        m.put("state", r.open() ? "open" : "acknowledged");
        if (!r.open()) {
            m.put("acknowledgedAt", time(r.acknowledgedAt().orElseThrow()));
            if (r.window() > 0) {
                m.put("window", r.window());
            }
            r.staff().ifPresent(s -> m.put("staff", s));
        }
        return m;
    }

    private String lineName(String prefix) {
        return lines.line(prefix).map(QueueLine::name).orElse(prefix);
    }
}
