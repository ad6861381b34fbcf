package org.hallkiosk.kiosk.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping flattened to dotted keys ({@code devices.printer}) with the line each key stands on,
 * so that configuration errors can name both the key and the line.
 */
final class YamlTree {

    /** A scalar value, or a nested mapping marker, with where its key was written. */
    record Entry(String key, String value, boolean mapping, boolean sequence, int line) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private YamlTree() {
    }

    static YamlTree parse(String yaml) throws IOException {
        YamlTree tree = new YamlTree();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return tree;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("line " + line(p.currentTokenLocation()) + ": the file must be a mapping of keys (key: value)");
            }
            tree.readObject(p, new ArrayDeque<>());
        }
        return tree;
    }

    private void readObject(JsonParser p, Deque<String> path) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw new IOException("line " + line(p.currentTokenLocation()) + ": expected a key");
            }
            String name = p.currentName();
            int line = line(p.currentTokenLocation());
            path.addLast(name);
            String key = String.join(".", path);
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                entries.put(key, new Entry(key, null, true, false, line));
                readObject(p, path);
            } else if (value == JsonToken.START_ARRAY) {
                entries.put(key, new Entry(key, null, false, true, line));
                p.skipChildren();
            } else {
                entries.put(key, new Entry(key, value == JsonToken.VALUE_NULL ? null : p.getText(), false, false, line));
            }
            path.removeLast();
        }
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }

    Map<String, Entry> entries() {
        return entries;
    }
}
