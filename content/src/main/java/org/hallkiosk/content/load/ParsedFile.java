package org.hallkiosk.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * A content file parsed into a JSON tree, remembering where each value and each mapping key stood so that
 * problems found later (schema, cross-references) can point at {@code file:line:column}. Positions are keyed
 * by JSON pointer ({@code /materials/2/name}).
 */
public final class ParsedFile {

    private final String file;
    private final JsonNode root;
    private final Map<String, SourcePosition> values;
    private final Map<String, SourcePosition> keys;

    ParsedFile(String file, JsonNode root, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {
        this.file = Objects.requireNonNull(file, "file");
        this.root = Objects.requireNonNull(root, "root");
        this.values = Map.copyOf(values);
        this.keys = Map.copyOf(keys);
    }

    /** Path relative to the content directory, with forward slashes. */
    public String file() {
        return file;
    }

    /** The document's root node. */
    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or its nearest ancestor's if it does not exist. */
    public SourcePosition valueAt(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition pos = values.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return SourcePosition.START;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the mapping key of the member at {@code pointer} stands, else where its value (or ancestor) is. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition pos = keys.get(pointer);
        return pos != null ? pos : valueAt(pointer);
    }

    /** Escapes a mapping key for use as one JSON-pointer segment. */
    public static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
