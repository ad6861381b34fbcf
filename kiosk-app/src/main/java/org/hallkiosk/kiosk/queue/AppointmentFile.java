package org.hallkiosk.kiosk.queue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a booking export: CSV with a header row, or JSON (an array of objects, or {@code {"appointments": [...]}}).
 * Fields: {@code code, line, date, from, to} and optionally {@code idNumber, name}. Values are returned raw, with
 * the line they came from, for {@link AppointmentImport} to check.
 */
final class AppointmentFile {

    static final List<String> FIELDS = List.of("code", "line", "date", "from", "to", "idNumber", "name");

    /** One booking as written, and where ({@code file:12}, or {@code file: booking #3} in JSON). */
    record Row(String where, Map<String, String> values) {
        String get(String field) {
            return values.getOrDefault(field, "").strip();
        }
    }

    private AppointmentFile() {
    }

    static List<Row> parse(String fileName, String text, List<String> problems) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.stripLeading();
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json") || first.startsWith("[") || first.startsWith("{");
        return json ? json(fileName, body, problems) : csv(fileName, body, problems);
    }

    private static List<Row> csv(String file, String text, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int headerLine = -1;
        List<String> header = List.of();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            if (headerLine < 0) {
                headerLine = i + 1;
                header = cells(lines[i]);
                for (String h : header) {
                    if (!FIELDS.contains(h.strip())) {
                        problems.add(file + ":" + headerLine + ": unknown column '" + h.strip() + "' (columns: " + String.join(", ", FIELDS) + ")");
                    }
                }
                for (String required : FIELDS.subList(0, 5)) {
                    if (header.stream().noneMatch(h -> h.strip().equals(required))) {
                        problems.add(file + ":" + headerLine + ": missing column '" + required + "'");
                    }
                }
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells.size() != header.size()) {
                problems.add(file + ":" + (i + 1) + ": " + cells.size() + " values but the header has " + header.size() + " columns");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c).strip(), cells.get(c));
            }
            rows.add(new Row(file + ":" + (i + 1), values));
        }
        if (headerLine < 0) {
            problems.add(file + ": empty: expected a header row " + String.join(",", FIELDS));
        }
        return rows;
    }

    /** Comma-separated cells; a cell may be double-quoted, with "" for a quote inside. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private static List<Row> json(String file, String text, List<String> problems) {
        ObjectMapper mapper = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode root = mapper.readTree(parser);
            JsonNode list = root != null && root.isObject() ? root.get("appointments") : root;
            if (list == null || !list.isArray()) {
                problems.add(file + ": expected a JSON array of bookings, or {\"appointments\": [...]}");
                return rows;
            }
            int index = 0;
            for (JsonNode item : list) {
                index++;
                if (!item.isObject()) {
                    problems.add(file + ": booking #" + index + " is not an object");
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!FIELDS.contains(e.getKey())) {
                        problems.add(file + ": booking #" + index + ": unknown field '" + e.getKey() + "'");
                    } else if (!e.getValue().isNull()) {
                        values.put(e.getKey(), e.getValue().asText());
                    }
                }
                rows.add(new Row(file + ": booking #" + index, values));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(file + (at == null ? "" : ":" + at.getLineNr()) + ": not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            problems.add(file + ": " + e.getMessage());
        }
        return rows;
    }
}
