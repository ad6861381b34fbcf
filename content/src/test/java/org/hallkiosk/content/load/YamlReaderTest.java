package org.hallkiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.content.validate.Problem;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private ParsedFile parse(String yaml, List<Problem> problems) {
        return reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems).orElse(null);
    }

    @Test
    void remembersWhereEveryValueAndKeyStands() {
        List<Problem> problems = new ArrayList<>();
        ParsedFile f = parse("# comment\nname: 公司设立登记\nmaterials:\n  - {name: 申请书, original: 1}\n  - name: 章程\n    copies: 2\n", problems);
        assertThat(problems).isEmpty();
        assertThat(f.valueAt("/name")).isEqualTo(new SourcePosition(2, 7));
        assertThat(f.keyAt("/materials")).isEqualTo(new SourcePosition(3, 1));
        assertThat(f.valueAt("/materials/0/original")).isEqualTo(new SourcePosition(4, 27));
        assertThat(f.valueAt("/materials/1/copies")).isEqualTo(new SourcePosition(6, 13));
        assertThat(f.valueAt("/materials/7/name")).as("nearest existing ancestor").isEqualTo(f.valueAt("/materials"));
    }

    @Test
    void numbersWithALeadingZeroStayCodes() {
        ParsedFile f = parse("code: 010\nbasic: 00013112700401\ncount: 10\nneg: -5\n", new ArrayList<>());
        assertThat(f.root().get("code").isTextual()).isTrue();
        assertThat(f.root().get("code").asText()).isEqualTo("010");
        assertThat(f.root().get("basic").asText()).isEqualTo("00013112700401");
        assertThat(f.root().get("count").isInt()).isTrue();
        assertThat(f.root().get("neg").asInt()).isEqualTo(-5);
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        List<Problem> problems = new ArrayList<>();
        ParsedFile f = parse("\uFEFFname: x\n", problems);
        assertThat(problems).isEmpty();
        assertThat(f.root().get("name").asText()).isEqualTo("x");
    }

    @Test
    void aColonWithoutASpaceGetsAHint() {
        List<Problem> problems = new ArrayList<>();
        assertThat(parse("a: b: c\n", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("YAML 语法错误").contains("引号");
        });
    }
}
