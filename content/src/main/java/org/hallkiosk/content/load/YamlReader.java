package org.hallkiosk.content.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.content.validate.Problem;

/**
 * Reads one YAML file into a JSON tree with positions. Reports, instead of throwing: syntax errors, text that
 * is not UTF-8, duplicate keys, an empty file and more than one document.
 *
 * <p>An unquoted number with a leading zero ({@code 010}, {@code 00013112700401}) is kept as text: in this
 * content such a value is always a code, and YAML would otherwise silently turn it into the number 10.
 */
public final class YamlReader {

    private final YAMLFactory yaml = YAMLFactory.builder().build();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Parses {@code bytes}; on failure adds problems and returns empty. */
    public Optional<ParsedFile> read(String file, byte[] bytes, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(file, 1, 1, "文件不是 UTF-8 编码，请用 UTF-8 保存（不要用 GBK/GB2312）"));
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Map<String, SourcePosition> values = new HashMap<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        int before = problems.size();
        try (JsonParser p = yaml.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(Problem.error(file, 1, 1, "文件是空的"));
                return Optional.empty();
            }
            JsonNode root = readValue(p, "", file, values, keys, problems);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                SourcePosition at = position(p.currentTokenLocation());
                problems.add(Problem.error(file, at.line(), at.column(),
                        "一个文件只能有一个 YAML 文档：请删除第二个 '---' 及其后的内容，或拆成两个文件"));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ParsedFile(file, root, values, keys));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePosition at = loc == null ? SourcePosition.START : position(loc);
            problems.add(Problem.error(file, at.line(), at.column(), "YAML 语法错误：" + syntaxMessage(e)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "读不了文件：" + e.getMessage()));
            return Optional.empty();
        }
    }

    private JsonNode readValue(JsonParser p, String ptr, String file, Map<String, SourcePosition> values,
                               Map<String, SourcePosition> keys, List<Problem> problems) throws IOException {
        JsonToken t = p.currentToken();
        values.put(ptr, position(p.currentTokenLocation()));
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    SourcePosition keyPos = position(p.currentTokenLocation());
                    String child = ptr + "/" + ParsedFile.segment(name);
                    p.nextToken();
                    if (o.has(name)) {
                        problems.add(Problem.error(file, keyPos.line(), keyPos.column(),
                                "重复的键 '" + name + "'：同一层里每个键只能出现一次（第 "
                                        + keys.get(child).line() + " 行已经有了）"));
                        readValue(p, ptr + "/~duplicate", file, values, keys, problems);
                        continue;
                    }
                    keys.put(child, keyPos);
                    o.set(name, readValue(p, child, file, values, keys, problems));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(readValue(p, ptr + "/" + i, file, values, keys, problems));
                    i++;
                }
                return a;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT: {
                String raw = p.getText();
                String digits = raw.startsWith("-") || raw.startsWith("+") ? raw.substring(1) : raw;
                if (digits.length() > 1 && digits.charAt(0) == '0') {
                    return nodes.textNode(raw);
                }
                BigInteger v = p.getBigIntegerValue();
                return v.bitLength() < 32 ? nodes.numberNode(v.intValue())
                        : v.bitLength() < 64 ? nodes.numberNode(v.longValue()) : nodes.numberNode(v);
            }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                return nodes.textNode(p.getText());
        }
    }

    private static SourcePosition position(JsonLocation loc) {
        return new SourcePosition(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // SnakeYAML's messages repeat the position and a code snippet on later lines; the first line is the gist.
        int nl = m.indexOf('\n');
        String gist = (nl > 0 ? m.substring(0, nl) : m).trim();
        if (m.contains("mapping values are not allowed")) {
            return gist + "（冒号后面要有空格；值里含冒号时请用引号括起来）";
        }
        if (m.contains("found character '\\t'") || m.contains("\\t(TAB)")) {
            return gist + "（YAML 不允许用 Tab 缩进，请改用空格）";
        }
        return gist;
    }
}
