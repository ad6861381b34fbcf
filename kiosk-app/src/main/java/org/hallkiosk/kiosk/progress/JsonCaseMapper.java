package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hallkiosk.privacy.Mask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one case object of the approval system's JSON into a {@link CaseRecord} by the configured {@link FieldMap}
 * and status-code table. The applicant's name is masked here, the moment it arrives. A missing case number or an
 * unmapped status is an error (showing a wrong status is worse than none); an unreadable date is left out.
 */
final class JsonCaseMapper {

    /** The answer does not fit the mapping; the message is for the technician and holds no personal data. */
    static final class MappingException extends Exception {
        MappingException(String message) {
            super(message);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonCaseMapper.class);

    private final HttpSourceSettings settings;
    private final FieldMap map;
    private final CaseTimes times;

    JsonCaseMapper(HttpSourceSettings settings, ZoneId zone) {
        this.settings = settings;
        this.map = settings.fields();
        this.times = new CaseTimes(zone);
    }

    CaseRecord map(JsonNode c) throws MappingException {
        if (!c.isObject()) {
            throw new MappingException("a case is not a JSON object");
        }
        String caseNumber = text(c, "caseNumber");
        if (caseNumber.isEmpty()) {
            throw new MappingException("the answer has no case number at " + map.pointers().get("caseNumber"));
        }
        String rawStatus = text(c, "status");
        CaseStatus status = status(rawStatus)
                .orElseThrow(() -> new MappingException("status '" + rawStatus + "' of case " + caseNumber
                        + " is not in progress.http.statusCodes"));
        List<CaseStep> steps = new ArrayList<>();
        if (map.has("steps")) {
            JsonNode list = c.at(map.pointer("steps"));
            if (list.isArray()) {
                for (JsonNode s : list) {
                    String name = text(s, "step.name");
                    if (!name.isEmpty()) {
                        steps.add(new CaseStep(name, text(s, "step.department"), dateTime(s, "step.time", caseNumber),
                                text(s, "step.result"), text(s, "step.note")));
                    }
                }
            }
        }
        return new CaseRecord(caseNumber, text(c, "itemName"), text(c, "itemCode"), text(c, "department"),
                Mask.name(text(c, "applicant")), dateTime(c, "acceptedAt", caseNumber), date(c, "promisedDate", caseNumber),
                status, text(c, "statusNote"), date(c, "correctionDeadline", caseNumber), steps, pickup(c, caseNumber),
                overdue(c));
    }

    /** A status value through the table, else by its own name. */
    Optional<CaseStatus> status(String raw) {
        CaseStatus mapped = settings.statusCodes().get(raw);
        return mapped != null ? Optional.of(mapped) : CaseStatus.parse(raw);
    }

    private Pickup pickup(JsonNode c, String caseNumber) {
        String raw = text(c, "pickup.method");
        String method = settings.pickupMethods().getOrDefault(raw, raw);
        try {
            return Pickup.of(method, text(c, "pickup.place"), text(c, "pickup.hours"), text(c, "pickup.carrier"),
                    text(c, "pickup.trackingNumber"), text(c, "pickup.channel"));
        } catch (IllegalArgumentException e) {
            LOG.warn("case {}: pickup method '{}' is not in progress.http.pickupMethods; pickup not shown", caseNumber, raw);
            return new Pickup.NotSet();
        }
    }

    private Optional<Boolean> overdue(JsonNode c) {
        if (!map.has("overdue")) {
            return Optional.empty();
        }
        JsonNode n = c.at(map.pointer("overdue"));
        if (n.isBoolean()) {
            return Optional.of(n.booleanValue());
        }
        return switch (n.asText("").strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "是" -> Optional.of(true);
            case "0", "false", "no", "n", "否" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private Optional<LocalDateTime> dateTime(JsonNode o, String field, String caseNumber) {
        String t = text(o, field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(times.dateTime(t));
        } catch (IllegalArgumentException e) {
            LOG.warn("case {}: {} left out: {}", caseNumber, field, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<LocalDate> date(JsonNode o, String field, String caseNumber) {
        String t = text(o, field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(times.date(t));
        } catch (IllegalArgumentException e) {
            LOG.warn("case {}: {} left out: {}", caseNumber, field, e.getMessage());
            return Optional.empty();
        }
    }

    private String text(JsonNode o, String field) {
        if (!map.has(field)) {
            return "";
        }
        JsonNode n = o.at(map.pointer(field));
        return n.isValueNode() && !n.isNull() ? n.asText().strip() : "";
    }
}
