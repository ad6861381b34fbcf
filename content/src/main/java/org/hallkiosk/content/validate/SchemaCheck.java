package org.hallkiosk.content.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hallkiosk.content.load.ContentFiles;
import org.hallkiosk.content.load.ParsedFile;
import org.hallkiosk.content.load.SourcePosition;

/**
 * Checks each content file against the JSON Schema shipped in this module (the same files an editor uses),
 * and words every failure for an operator: which key, what was expected, where.
 *
 * <p>The schemas always come from the classpath, never from the content directory, so a schema edited or
 * deleted by mistake cannot let broken content through.
 */
public final class SchemaCheck {

    /** The kinds of content file and the schema each is checked against. */
    public enum Kind {
        HALL("hall.schema.json"),
        DEPARTMENTS("departments.schema.json"),
        THEMES("themes.schema.json"),
        LINES("lines.schema.json"),
        ANNOUNCEMENTS("announcements.schema.json"),
        ITEM("item.schema.json");

        private final String schemaFile;

        Kind(String schemaFile) {
            this.schemaFile = schemaFile;
        }

        /** The schema's file name under {@code schema/}. */
        public String schemaFile() {
            return schemaFile;
        }
    }

    private final Map<Kind, JsonSchema> schemas;
    private final Map<Kind, JsonNode> schemaTrees;

    /** Loads the bundled schemas. */
    public SchemaCheck() {
        ObjectMapper json = new ObjectMapper();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ROOT)
                .build();
        Map<Kind, JsonSchema> s = new java.util.EnumMap<>(Kind.class);
        Map<Kind, JsonNode> t = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            String res = ContentFiles.BUNDLED_ROOT + "/schema/" + k.schemaFile();
            try (InputStream in = SchemaCheck.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the classpath: " + res);
                }
                JsonNode tree = json.readTree(in);
                t.put(k, tree);
                s.put(k, factory.getSchema(tree, config));
            } catch (IOException e) {
                throw new UncheckedIOException("schema " + res + " cannot be read", e);
            }
        }
        this.schemas = Map.copyOf(s);
        this.schemaTrees = Map.copyOf(t);
    }

    /** Which schema a content path is checked against; empty for files that are not catalogue content. */
    public static java.util.Optional<Kind> kindOf(String relativePath) {
        return java.util.Optional.ofNullable(switch (relativePath) {
            case "hall.yaml" -> Kind.HALL;
            case "departments.yaml" -> Kind.DEPARTMENTS;
            case "themes.yaml" -> Kind.THEMES;
            case "lines.yaml" -> Kind.LINES;
            case "announcements.yaml" -> Kind.ANNOUNCEMENTS;
            default -> relativePath.startsWith("items/")
                    && (relativePath.endsWith(".yaml") || relativePath.endsWith(".yml")) ? Kind.ITEM : null;
        });
    }

    /** Validates one parsed file; returns its problems in file order (empty when valid). */
    public List<Problem> check(Kind kind, ParsedFile file) {
        Set<ValidationMessage> messages = schemas.get(kind).validate(file.root());
        List<Problem> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ValidationMessage m : messages) {
            Problem p = toProblem(kind, file, m);
            if (seen.add(p.toString())) {
                out.add(p);
            }
        }
        out.sort(Problem.IN_FILE_ORDER);
        return out;
    }

    private Problem toProblem(Kind kind, ParsedFile file, ValidationMessage m) {
        String pointer = pointer(m.getInstanceLocation());
        String where = pointer.isEmpty() ? "文件顶层" : "'" + readable(pointer) + "'";
        String type = m.getType();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        SourcePosition at = file.valueAt(pointer);
        String text;
        switch (type) {
            case "required" -> {
                String prop = m.getProperty() != null ? m.getProperty() : arg(args, 0);
                text = where + " 缺少必填项 '" + prop + "'" + describe(kind, m, prop);
            }
            case "additionalProperties" -> {
                String prop = m.getProperty() != null ? m.getProperty() : arg(args, 0);
                at = file.keyAt(pointer + "/" + org.hallkiosk.content.load.ParsedFile.segment(prop));
                text = "不认识的键 '" + prop + "'（拼写错误？这里允许的键：" + allowedKeys(kind, m) + "）";
            }
            case "type" -> text = where + " 应为" + typeName(arg(args, 1)) + "，实际是" + typeName(arg(args, 0))
                    + hint(kind, m);
            case "enum" -> text = where + " 的值 " + shown(m.getInstanceNode()) + " 不在允许的取值里：" + enumValues(m);
            case "const" -> text = where + " 只能写 " + arg(args, 0) + "，实际是 " + shown(m.getInstanceNode());
            case "pattern" -> text = where + " 的值 " + shown(m.getInstanceNode()) + " 格式不对" + hint(kind, m);
            case "format" -> text = where + " 的值 " + shown(m.getInstanceNode()) + " 不是有效的日期（应为 2026-10-01 这样的真实日期）";
            case "minItems" -> text = where + " 至少要有 " + arg(args, 0) + " 项";
            case "minLength" -> text = where + " 太短，至少 " + arg(args, 0) + " 个字符";
            case "maxLength" -> text = where + " 太长，最多 " + arg(args, 0) + " 个字符";
            case "minimum", "exclusiveMinimum" -> text = where + " 的值 " + shown(m.getInstanceNode()) + " 太小（"
                    + ("minimum".equals(type) ? "最小 " : "必须大于 ") + arg(args, 0) + "）";
            case "maximum" -> text = where + " 的值 " + shown(m.getInstanceNode()) + " 太大（最大 " + arg(args, 0) + "）";
            case "uniqueItems" -> text = where + " 里有重复的项";
            default -> text = where + "：" + stripPath(m.getMessage());
        }
        return Problem.error(file.file(), at.line(), at.column(), text);
    }

    private static String arg(Object[] args, int i) {
        return i < args.length && args[i] != null ? String.valueOf(args[i]) : "?";
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            sb.append('/').append(e instanceof Integer ? e.toString() : ParsedFile.segment(String.valueOf(e)));
        }
        return sb.toString();
    }

    /** "/materials/2/name" → "materials[3].name" (items counted from 1, as an operator counts them). */
    static String readable(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.matches("[0-9]+")) {
                sb.append('[').append(Integer.parseInt(part) + 1).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "文本";
            case "integer" -> "整数";
            case "number" -> "数字";
            case "array" -> "列表（- 开头的若干行）";
            case "object" -> "键值映射（键: 值）";
            case "boolean" -> "true 或 false";
            case "null" -> "空值";
            default -> jsonType.replace("[", "").replace("]", "").replace("\"", "")
                    .replace("string", "文本").replace("integer", "整数").replace("array", "列表").replace(", ", " 或 ");
        };
    }

    private static String shown(JsonNode node) {
        if (node == null) {
            return "";
        }
        String s = node.isTextual() ? "'" + node.asText() + "'" : node.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…'" : s;
    }

    private static String stripPath(String message) {
        int i = message.indexOf(": ");
        return i > 0 && message.startsWith("/") ? message.substring(i + 2) : message;
    }

    private static String enumValues(ValidationMessage m) {
        JsonNode schema = m.getSchemaNode();
        if (schema != null && schema.isArray()) {
            List<String> vs = new ArrayList<>();
            schema.forEach(v -> vs.add(v.asText()));
            return String.join("、", vs);
        }
        return String.valueOf(m.getArguments() != null && m.getArguments().length > 0 ? m.getArguments()[0] : "");
    }

    /** The schema object that owns the failing keyword, found through the schema location's fragment. */
    private JsonNode owningSchema(Kind kind, ValidationMessage m) {
        String fragment = m.getSchemaLocation() == null ? null : m.getSchemaLocation().getFragment().toString();
        if (fragment == null || !fragment.startsWith("/")) {
            return null;
        }
        JsonNode node = schemaTrees.get(kind).at(fragment);
        if (node.isMissingNode()) {
            return null;
        }
        int cut = fragment.lastIndexOf('/');
        return cut >= 0 ? schemaTrees.get(kind).at(fragment.substring(0, cut)) : null;
    }

    private String hint(Kind kind, ValidationMessage m) {
        JsonNode owner = owningSchema(kind, m);
        if (owner != null && owner.has("description")) {
            return "（" + owner.get("description").asText() + "）";
        }
        return "";
    }

    private String describe(Kind kind, ValidationMessage m, String prop) {
        JsonNode owner = owningSchema(kind, m);
        if (owner != null) {
            JsonNode d = owner.path("properties").path(prop).path("description");
            if (d.isTextual()) {
                return "（" + d.asText() + "）";
            }
        }
        return "";
    }

    private String allowedKeys(Kind kind, ValidationMessage m) {
        JsonNode owner = owningSchema(kind, m);
        if (owner == null || !owner.has("properties")) {
            return "见 schema/" + kind.schemaFile();
        }
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = owner.get("properties").fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return String.join(", ", keys);
    }
}
