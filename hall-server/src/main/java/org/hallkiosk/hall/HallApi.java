package org.hallkiosk.hall;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.hall.help.HelpDesk;
import org.hallkiosk.hall.help.HelpRequest;
import org.hallkiosk.queue.HandOver;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.NoShowOutcome;
import org.hallkiosk.queue.NumberLease;
import org.hallkiosk.queue.OfflineTicket;
import org.hallkiosk.queue.Origin;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueStatus;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;
import org.hallkiosk.queue.WindowQueue;
import org.hallkiosk.queue.WindowState;

/**
 * What each API operation does: reads the request, asks the queue, publishes what changed, and answers. Transport
 * (routes, tokens, status codes) is {@link HallServer}'s.
 *
 * <p>Actions at one window are also serialised in this process, so that their events leave in the order the
 * database applied them (a display must never see "done" before the "call" it finishes).
 */
final class HallApi {

    /** A response: status and body. */
    record Reply(int status, Object body) {
        static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    /** The most tickets one hand-over may carry. */
    static final int MAX_HAND_OVER = 500;

    private final QueueServices queue;
    private final ApiJson json;
    private final HallPublisher publisher;
    private final Clock clock;
    private final HelpDesk help;
    private final Map<Integer, Object> windowLocks = new ConcurrentHashMap<>();

    HallApi(QueueServices queue, ApiJson json, HallPublisher publisher, Clock clock, HelpDesk help) {
        this.help = help;
        this.queue = queue;
        this.json = json;
        this.publisher = publisher;
        this.clock = clock;
    }

    Reply me(Device device) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", device.name());
        m.put("role", device.role().label());
        m.put("serviceDay", queue.desk().today().toString());
        m.put("time", json.time(clock.instant()));
        return Reply.ok(m);
    }

    Reply lines() {
        return Reply.ok(Map.of("lines", json.lines(queue.desk().summaries())));
    }

    Reply issue(JsonNode body, Device kiosk) {
        String line = ApiJson.text(body, "line");
        Origin origin = origin(kiosk, body);
        Optional<Visitor> visitor = ApiJson.visitor(body);
        Optional<String> item = ApiJson.optionalText(body, "item");
        if (item.isPresent() && item.get().length() > 40) {
            throw ApiError.badRequest("field 'item' is an item code of at most 40 characters");
        }
        return issued(queue.desk().issue(line, visitor, item, origin));
    }

    Reply checkIn(JsonNode body, Device kiosk) {
        Origin origin = origin(kiosk, body);
        Optional<Visitor> visitor = ApiJson.visitor(body);
        Optional<String> code = ApiJson.optionalText(body, "code");
        if (code.isEmpty() && visitor.isEmpty()) {
            throw ApiError.badRequest("a check-in needs the booking's scanned 'code', or the card holder's 'visitor', or both");
        }
        IssueResult r = code.isPresent()
                ? queue.appointments().checkIn(code.get(), visitor, Optional.of(origin))
                : queue.appointments().checkIn(visitor.get(), Optional.of(origin));
        return issued(r);
    }

    private Reply issued(IssueResult r) {
        if (r instanceof IssueResult.Refused refused) {
            throw new ApiError(422, "refused", "no ticket: " + refused.refusal().rule(),
                    Map.of("refusal", json.refusal(refused.refusal())));
        }
        IssueResult.Issued issued = (IssueResult.Issued) r;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", json.ticket(issued.ticket(), true));
        m.put("position", json.position(issued.position()));
        m.put("statusUrl", queue.desk().statusUrl(issued.ticket()));
        m.put("replayed", issued.replayed());
        if (!issued.replayed()) {
            publisher.ticket(issued.ticket());
        }
        return new Reply(issued.replayed() ? 200 : 201, m);
    }

    Reply ticket(String id, Device device) {
        Ticket t = queue.desk().ticket(id).orElseThrow(() -> ApiError.notFound("no ticket " + id));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", json.ticket(t, device.role() == Role.COUNTER));
        queue.desk().position(id).ifPresent(p -> m.put("position", json.position(p)));
        return Reply.ok(m);
    }

    Reply status() {
        QueueStatus s = queue.counter().status();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceDay", s.serviceDay().toString());
        m.put("at", json.time(s.at()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (QueueStatus.LineCounts c : s.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("prefix", c.prefix());
            l.put("name", c.name());
            l.put("waiting", c.waiting());
            l.put("called", c.called());
            l.put("served", c.served());
            l.put("averageServiceMinutes", c.averageServiceMinutes());
            lines.add(l);
        }
        m.put("lines", lines);
        List<Map<String, Object>> tickets = new ArrayList<>();
        for (Ticket t : s.tickets()) {
            tickets.add(json.ticket(t, true));
        }
        m.put("tickets", tickets);
        return Reply.ok(m);
    }

    Reply windows(Device device) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WindowState w : queue.counter().windows()) {
            out.add(json.window(w, device.role() == Role.COUNTER));
        }
        return Reply.ok(Map.of("windows", out));
    }

    Reply window(int window, Device device) {
        return Reply.ok(json.window(queue.counter().window(window), device.role() == Role.COUNTER));
    }

    Reply windowTickets(int window, Optional<String> line, int limit) {
        WindowQueue q = queue.counter().queueOf(window, line, limit);
        Map<String, Object> m = json.window(q.window(), true);
        m.put("lines", q.lines());
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (Ticket t : q.waiting()) {
            waiting.add(json.ticket(t, true));
        }
        m.put("waiting", waiting);
        return Reply.ok(m);
    }

    Reply call(int window, JsonNode body) {
        List<String> lines = new ArrayList<>(ApiJson.optionalText(body, "line").stream().toList());
        lines.addAll(ApiJson.texts(body, "lines"));
        Optional<String> staff = ApiJson.staff(body);
        synchronized (lockOf(window)) {
            Optional<Ticket> t = queue.counter().call(window, lines, staff);
            if (t.isEmpty()) {
                return new Reply(204, null);
            }
            publisher.call("call", t.get(), window);
            return Reply.ok(Map.of("ticket", json.ticket(t.get(), true)));
        }
    }

    Reply recall(int window, JsonNode body) {
        Optional<String> staff = ApiJson.staff(body);
        synchronized (lockOf(window)) {
            Ticket t = queue.counter().recall(window, staff);
            publisher.call("recall", t, window);
            return Reply.ok(Map.of("ticket", json.ticket(t, true)));
        }
    }

    Reply done(int window, JsonNode body) {
        Optional<String> staff = ApiJson.staff(body);
        synchronized (lockOf(window)) {
            Ticket t = queue.counter().done(window, staff);
            publisher.finished("done", t, window, Map.of());
            return Reply.ok(Map.of("ticket", json.ticket(t, true)));
        }
    }

    Reply noShow(int window, JsonNode body) {
        Optional<String> staff = ApiJson.staff(body);
        synchronized (lockOf(window)) {
            NoShowOutcome out = queue.counter().noShow(window, staff);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("voided", out.voided());
            out.callableFrom().ifPresent(at -> extra.put("callableFrom", json.time(at)));
            publisher.finished("no-show", out.ticket(), window, extra);
            Map<String, Object> m = new LinkedHashMap<>(extra);
            m.put("ticket", json.ticket(out.ticket(), true));
            return Reply.ok(m);
        }
    }

    Reply transfer(int window, JsonNode body) {
        String to = ApiJson.text(body, "to");
        boolean front = ApiJson.bool(body, "front");
        Optional<String> staff = ApiJson.staff(body);
        synchronized (lockOf(window)) {
            Ticket t = queue.counter().transfer(window, to, front, staff);
            publisher.finished("transfer", t, window, Map.of("to", t.line(), "front", front));
            return Reply.ok(Map.of("ticket", json.ticket(t, true)));
        }
    }

    Reply pause(int window, JsonNode body) {
        String reason = ApiJson.optionalText(body, "reason").orElse("");
        synchronized (lockOf(window)) {
            WindowState w = queue.counter().pause(window, reason);
            publisher.window(w);
            return Reply.ok(json.window(w, true));
        }
    }

    Reply resume(int window) {
        synchronized (lockOf(window)) {
            WindowState w = queue.counter().resume(window);
            publisher.window(w);
            return Reply.ok(json.window(w, true));
        }
    }

    Reply lease(JsonNode body, Device kiosk) {
        Origin origin = origin(kiosk, body);
        String line = ApiJson.text(body, "line");
        int size = ApiJson.integer(body, "size", 20);
        NumberLease lease = queue.leases().grant(origin, line, size);
        return new Reply(201, Map.of("lease", json.lease(lease)));
    }

    Reply leases(Device kiosk) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NumberLease l : queue.leases().of(kiosk.name())) {
            out.add(json.lease(l));
        }
        return Reply.ok(Map.of("leases", out));
    }

    Reply handOver(JsonNode body, Device kiosk) {
        JsonNode list = body.get("tickets");
        if (list == null || !list.isArray()) {
            throw ApiError.badRequest("field 'tickets' must be an array of the tickets issued offline");
        }
        if (list.size() > MAX_HAND_OVER) {
            throw ApiError.badRequest("at most " + MAX_HAND_OVER + " tickets per hand-over; send the rest in another");
        }
        List<OfflineTicket> tickets = new ArrayList<>();
        for (JsonNode t : list) {
            if (!t.isObject()) {
                throw ApiError.badRequest("every entry of 'tickets' must be an object");
            }
            try {
                tickets.add(new OfflineTicket(ApiJson.text(t, "leaseId"), ApiJson.text(t, "id"), ApiJson.text(t, "number"),
                        json.instant(t, "issuedAt"), ApiJson.visitor(t), ApiJson.optionalText(t, "item"),
                        ApiJson.optionalText(t, "supersedesRequestId")));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        }
        // Oldest first: the events then announce them in the order visitors took them.
        tickets.sort(Comparator.comparing(OfflineTicket::issuedAt));
        List<HandOver> results = queue.leases().handOver(kiosk.name(), tickets);
        List<Map<String, Object>> out = new ArrayList<>();
        for (HandOver h : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", h.number());
            if (h instanceof HandOver.Accepted a) {
                m.put("outcome", "accepted");
                m.put("ticket", json.ticket(a.ticket(), true));
                publisher.ticket(a.ticket());
            } else if (h instanceof HandOver.AlreadyHere a) {
                m.put("outcome", "already-here");
                m.put("ticket", json.ticket(a.ticket(), true));
            } else if (h instanceof HandOver.Rejected r) {
                m.put("outcome", "rejected");
                m.put("reason", r.reason());
            }
            out.add(m);
        }
        return Reply.ok(Map.of("results", out));
    }

    Reply askForHelp(JsonNode body, Device kiosk) {
        String name = ApiJson.optionalText(body, "kiosk").orElse(kiosk.name());
        Optional<String> location = ApiJson.optionalText(body, "location");
        if (name.length() > 40 || location.map(String::length).orElse(0) > 60) {
            throw ApiError.badRequest("'kiosk' is at most 40 characters and 'location' at most 60");
        }
        HelpDesk.Asked asked = help.ask(kiosk.name(), name, location);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("help", json.help(asked.request()));
        m.put("repeated", asked.repeated());
        if (!asked.repeated()) {
            publisher.help("help", asked.request());
        }
        return new Reply(asked.repeated() ? 200 : 201, m);
    }

    Reply openHelp() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HelpRequest r : help.open()) {
            out.add(json.help(r));
        }
        return Reply.ok(Map.of("help", out));
    }

    Reply acknowledgeHelp(String id, JsonNode body) {
        int window = ApiJson.integer(body, "window", 0);
        if (window < 0 || window > 999) {
            throw ApiError.badRequest("'window' is the acknowledging window, 1 to 999");
        }
        Optional<String> staff = ApiJson.staff(body);
        boolean wasOpen = help.open().stream().anyMatch(r -> r.id().equals(id));
        HelpRequest r = help.acknowledge(id, window, staff)
                .orElseThrow(() -> ApiError.notFound("no help call " + id + " (answered more than a few minutes ago, or the server restarted)"));
        if (wasOpen && !r.open()) {
            publisher.help("help-ack", r);
        }
        return Reply.ok(Map.of("help", json.help(r)));
    }

    /** The state a stream starts from: lines with waiting counts, windows, the latest calls. */
    String snapshot() {
        return publisher.snapshot();
    }

    private static Origin origin(Device kiosk, JsonNode body) {
        String requestId = ApiJson.text(body, "requestId");
        try {
            return Origin.of(kiosk.name(), requestId);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private Object lockOf(int window) {
        return windowLocks.computeIfAbsent(window, w -> new Object());
    }
}
