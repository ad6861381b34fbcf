package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link CaseRecord} as JSON: how the local store keeps cases and how {@code kioskctl progress lookup --json}
 * prints them. The field names are those of the import file, with the applicant already masked.
 */
public final class CaseJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseJson() {
    }

    public static ObjectNode write(CaseRecord c) {
        ObjectNode o = NODES.objectNode();
        o.put("caseNumber", c.caseNumber());
        o.put("itemName", c.itemName());
        o.put("itemCode", c.itemCode());
        o.put("department", c.department());
        o.put("applicant", c.maskedApplicant());
        c.acceptedAt().ifPresent(t -> o.put("acceptedAt", t.toString()));
        c.promisedDate().ifPresent(d -> o.put("promisedDate", d.toString()));
        o.put("status", c.status().name());
        o.put("statusText", c.status().publicName());
        o.put("statusNote", c.statusNote());
        c.correctionDeadline().ifPresent(d -> o.put("correctionDeadline", d.toString()));
        c.overdue().ifPresent(b -> o.put("overdue", b));
        ArrayNode steps = o.putArray("steps");
        for (CaseStep s : c.steps()) {
            ObjectNode n = steps.addObject();
            n.put("name", s.name());
            n.put("department", s.department());
            s.time().ifPresent(t -> n.put("time", t.toString()));
            n.put("result", s.result());
            n.put("note", s.note());
        }
        o.set("pickup", pickup(c.pickup()));
        return o;
    }

    private static ObjectNode pickup(Pickup p) {
        ObjectNode n = NODES.objectNode();
        if (p instanceof Pickup.AtWindow w) {
            n.put("method", "window");
            n.put("place", w.place());
            n.put("hours", w.hours());
        } else if (p instanceof Pickup.ByPost post) {
            n.put("method", "post");
            n.put("carrier", post.carrier());
            n.put("trackingNumber", post.trackingNumber());
        } else if (p instanceof Pickup.Electronic e) {
            n.put("method", "electronic");
            n.put("channel", e.channel());
        } else {
            n.put("method", "none");
        }
        return n;
    }

    /** Reads back what {@link #write} wrote; an {@link IllegalArgumentException} if it is not such a document. */
    public static CaseRecord read(JsonNode o) {
        CaseStatus status = CaseStatus.parse(text(o, "status"))
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + o.path("status")));
        List<CaseStep> steps = new ArrayList<>();
        for (JsonNode s : o.path("steps")) {
            steps.add(new CaseStep(text(s, "name"), text(s, "department"),
                    optional(s, "time").map(LocalDateTime::parse), text(s, "result"), text(s, "note")));
        }
        JsonNode p = o.path("pickup");
        Pickup pickup = Pickup.of(text(p, "method"), text(p, "place"), text(p, "hours"), text(p, "carrier"),
                text(p, "trackingNumber"), text(p, "channel"));
        return new CaseRecord(text(o, "caseNumber"), text(o, "itemName"), text(o, "itemCode"), text(o, "department"),
                text(o, "applicant"), optional(o, "acceptedAt").map(LocalDateTime::parse),
                optional(o, "promisedDate").map(LocalDate::parse), status, text(o, "statusNote"),
                optional(o, "correctionDeadline").map(LocalDate::parse), steps, pickup,
                o.path("overdue").isBoolean() ? Optional.of(o.path("overdue").booleanValue()) : Optional.empty());
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }

    private static Optional<String> optional(JsonNode o, String field) {
        String t = text(o, field);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
