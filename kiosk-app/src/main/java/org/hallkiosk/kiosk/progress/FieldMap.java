package org.hallkiosk.kiosk.progress;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each case field sits in the approval system's JSON, as JSON pointers ({@code /data/sblsh}). Case fields are
 * relative to the case object ({@code caseRoot} in a single-case answer, each element of {@code listRoot} in a
 * holder's list); step fields to each element of {@code steps}. An empty pointer means "not provided".
 * The defaults read the kiosk's own case JSON, as {@code kioskctl progress lookup --json} prints it.
 */
public record FieldMap(Map<String, String> pointers) {

    /** Every field name, with its default pointer. */
    public static final Map<String, String> DEFAULTS = defaults();

    public FieldMap {
        Objects.requireNonNull(pointers, "pointers");
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        for (Map.Entry<String, String> e : pointers.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown field '" + e.getKey() + "'; known: " + String.join(", ", DEFAULTS.keySet()));
            }
            check(e.getValue());
            all.put(e.getKey(), e.getValue());
        }
        pointers = Collections.unmodifiableMap(all);
    }

    /** The default mapping. */
    public static FieldMap standard() {
        return new FieldMap(Map.of());
    }

    /** The pointer for {@code field}; {@link JsonPointer#empty()} reads as "not provided" except for the roots. */
    public JsonPointer pointer(String field) {
        String p = pointers.get(field);
        if (p == null) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        return JsonPointer.compile(p);
    }

    /** True when the field is mapped (has a non-empty pointer). */
    public boolean has(String field) {
        return !pointers.getOrDefault(field, "").isEmpty();
    }

    /** Checks one pointer's syntax; an {@link IllegalArgumentException} says what is wrong. */
    public static String check(String pointer) {
        if (pointer.isEmpty()) {
            return pointer;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/', e.g. /data/sblsh");
        }
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid JSON pointer: " + e.getMessage());
        }
        return pointer;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("caseRoot", "");
        d.put("listRoot", "/cases");
        d.put("resultCode", "");
        d.put("caseNumber", "/caseNumber");
        d.put("itemName", "/itemName");
        d.put("itemCode", "/itemCode");
        d.put("department", "/department");
        d.put("applicant", "/applicant");
        d.put("acceptedAt", "/acceptedAt");
        d.put("promisedDate", "/promisedDate");
        d.put("status", "/status");
        d.put("statusNote", "/statusNote");
        d.put("correctionDeadline", "/correctionDeadline");
        d.put("overdue", "/overdue");
        d.put("steps", "/steps");
        d.put("step.name", "/name");
        d.put("step.department", "/department");
        d.put("step.time", "/time");
        d.put("step.result", "/result");
        d.put("step.note", "/note");
        d.put("pickup.method", "/pickup/method");
        d.put("pickup.place", "/pickup/place");
        d.put("pickup.hours", "/pickup/hours");
        d.put("pickup.carrier", "/pickup/carrier");
        d.put("pickup.trackingNumber", "/pickup/trackingNumber");
        d.put("pickup.channel", "/pickup/channel");
        return Collections.unmodifiableMap(d);
    }
}
