package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hallkiosk.privacy.Mask;

/**
 * Reads the case import file ({@code kioskctl progress import FILE}): JSON, or YAML when the name ends in .yaml/.yml.
 * The file is a mapping with a {@code cases:} list (see docs/progress.md); every problem is reported with the
 * case's position and number, and nothing is imported unless the whole file is good.
 */
public final class CaseFile {

    static final Set<String> CASE_KEYS = Set.of("caseNumber", "queryCode", "itemName", "itemCode", "department",
            "applicant", "acceptedAt", "promisedDate", "status", "statusNote", "correctionDeadline", "overdue",
            "steps", "pickup");
    static final Set<String> STEP_KEYS = Set.of("name", "department", "time", "result", "note");
    static final Set<String> PICKUP_KEYS = Set.of("method", "place", "hours", "carrier", "trackingNumber", "channel");
    static final Set<String> APPLICANT_KEYS = Set.of("name", "idNumber");

    /** The file's cases, and the date the file's dates are relative to (for the demo file), if it states one. */
    public record Contents(List<ImportedCase> cases, Optional<LocalDate> referenceDate) {
        public Contents {
            cases = List.copyOf(cases);
        }
    }

    private final CaseTimes times;

    public CaseFile(ZoneId zone) {
        this.times = new CaseTimes(zone);
    }

    public Contents read(Path file) throws CaseFileException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, yaml);
        }
    }

    public Contents read(String label, InputStream in, boolean yaml) throws CaseFileException, IOException {
        JsonNode root;
        try {
            root = (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper()).readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new CaseFileException(label, List.of(where + "not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !root.path("cases").isArray()) {
            throw new CaseFileException(label, List.of("the file must be a mapping with a 'cases:' list"));
        }
        List<String> problems = new ArrayList<>();
        Optional<LocalDate> reference = Optional.empty();
        if (root.hasNonNull("referenceDate")) {
            try {
                reference = Optional.of(times.date(root.get("referenceDate").asText()));
            } catch (IllegalArgumentException e) {
                problems.add("referenceDate: " + e.getMessage());
            }
        }
        List<ImportedCase> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode c : root.get("cases")) {
            Reader r = new Reader(c, "cases[" + i + "]");
            ImportedCase imported = r.readCase();
            String number = c.isObject() ? text(c, "caseNumber") : "";
            if (!number.isEmpty() && !seen.add(number)) {
                r.problem("caseNumber", "appears more than once in the file");
            }
            problems.addAll(r.problems);
            if (r.problems.isEmpty()) {
                cases.add(imported);
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new CaseFileException(label, problems);
        }
        return new Contents(cases, reference);
    }

    /** Reads one case, collecting problems rather than stopping at the first. */
    private final class Reader {
        private final JsonNode node;
        private String where;
        final List<String> problems = new ArrayList<>();

        Reader(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        ImportedCase readCase() {
            if (!node.isObject()) {
                problems.add(where + ": must be a mapping of case fields");
                return null;
            }
            String caseNumber = text(node, "caseNumber");
            if (!caseNumber.isEmpty()) {
                where = where + " (" + caseNumber + ")";
            }
            unknownKeys(node, CASE_KEYS, "");
            quoted("caseNumber");
            quoted("queryCode");
            required(node, "caseNumber");
            String queryCode = required(node, "queryCode");
            if (!caseNumber.isEmpty() && !queryCode.isEmpty() && !ReceiptKey.isValid(caseNumber, queryCode)) {
                problem("caseNumber/queryCode", "a case number is 4-64 letters, digits or '-'; a query code 4-32 letters or digits");
            }
            String itemName = required(node, "itemName");
            CaseStatus status = CaseStatus.parse(required(node, "status")).orElse(null);
            if (status == null && node.hasNonNull("status")) {
                problem("status", "'" + node.get("status").asText() + "' is not one of " + statusNames());
            }
            JsonNode applicant = node.path("applicant");
            String name = "";
            Optional<String> idNumber = Optional.empty();
            if (applicant.isTextual()) {
                name = applicant.asText();
            } else if (applicant.isObject()) {
                unknownKeys(applicant, APPLICANT_KEYS, "applicant.");
                name = text(applicant, "name");
                String id = text(applicant, "idNumber").toUpperCase(Locale.ROOT);
                if (!id.isEmpty()) {
                    if (!id.matches("[0-9A-Z]{6,32}")) {
                        problem("applicant.idNumber", "must be 6-32 digits or capital letters (value not shown)");
                    } else {
                        idNumber = Optional.of(id);
                    }
                }
            } else if (!applicant.isMissingNode() && !applicant.isNull()) {
                problem("applicant", "must be a name or a mapping with name and idNumber");
            }
            Optional<LocalDateTime> acceptedAt = optional(node, "acceptedAt", times::dateTime);
            Optional<LocalDate> promised = optional(node, "promisedDate", times::date);
            Optional<LocalDate> correction = optional(node, "correctionDeadline", times::date);
            Optional<Boolean> overdue = Optional.empty();
            if (node.has("overdue") && !node.get("overdue").isNull()) {
                if (node.get("overdue").isBoolean()) {
                    overdue = Optional.of(node.get("overdue").booleanValue());
                } else {
                    problem("overdue", "must be true or false");
                }
            }
            List<CaseStep> steps = steps();
            Pickup pickup = pickup();
            if (!problems.isEmpty() || status == null) {
                return null;
            }
            CaseRecord record = new CaseRecord(caseNumber, itemName, text(node, "itemCode"), text(node, "department"),
                    Mask.name(name), acceptedAt, promised, status, text(node, "statusNote"), correction, steps, pickup, overdue);
            return new ImportedCase(record, queryCode, idNumber);
        }

        private List<CaseStep> steps() {
            List<CaseStep> steps = new ArrayList<>();
            JsonNode list = node.path("steps");
            if (list.isMissingNode() || list.isNull()) {
                return steps;
            }
            if (!list.isArray()) {
                problem("steps", "must be a list");
                return steps;
            }
            int j = 0;
            for (JsonNode s : list) {
                String at = "steps[" + j++ + "]";
                if (!s.isObject()) {
                    problem(at, "must be a mapping with name, department, time, result, note");
                    continue;
                }
                unknownKeys(s, STEP_KEYS, at + ".");
                String name = text(s, "name");
                if (name.isEmpty()) {
                    problem(at + ".name", "is required");
                }
                Optional<LocalDateTime> time = optional(s, "time", times::dateTime, at + ".time");
                steps.add(new CaseStep(name, text(s, "department"), time, text(s, "result"), text(s, "note")));
            }
            return steps;
        }

        private Pickup pickup() {
            JsonNode p = node.path("pickup");
            if (p.isMissingNode() || p.isNull()) {
                return new Pickup.NotSet();
            }
            if (!p.isObject()) {
                problem("pickup", "must be a mapping with method (window, post, electronic) and its details");
                return new Pickup.NotSet();
            }
            unknownKeys(p, PICKUP_KEYS, "pickup.");
            try {
                return Pickup.of(text(p, "method"), text(p, "place"), text(p, "hours"), text(p, "carrier"),
                        text(p, "trackingNumber"), text(p, "channel"));
            } catch (IllegalArgumentException e) {
                problem("pickup.method", e.getMessage());
                return new Pickup.NotSet();
            }
        }

        private void unknownKeys(JsonNode o, Set<String> known, String prefix) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!known.contains(k)) {
                    problem(prefix + k, "unknown field; known: " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }

        /** YAML reads 012345 as a number (even as octal): codes must be written as quoted text. */
        private void quoted(String field) {
            if (node.path(field).isNumber()) {
                problem(field, "write it in quotes (\"012345\"), or YAML may change its digits");
            }
        }

        private String required(JsonNode o, String field) {
            String t = text(o, field);
            if (t.isEmpty()) {
                problem(field, "is required");
            }
            return t;
        }

        private <T> Optional<T> optional(JsonNode o, String field, Function<String, T> parse) {
            return optional(o, field, parse, field);
        }

        private <T> Optional<T> optional(JsonNode o, String field, Function<String, T> parse, String label) {
            String t = text(o, field);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(t));
            } catch (IllegalArgumentException e) {
                problem(label, e.getMessage());
                return Optional.empty();
            }
        }

        void problem(String field, String message) {
            problems.add(where + "." + field + ": " + message);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText().strip() : "";
    }

    private static String statusNames() {
        List<String> names = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            names.add(s.name() + " (" + s.publicName() + ")");
        }
        return String.join(", ", names);
    }
}
