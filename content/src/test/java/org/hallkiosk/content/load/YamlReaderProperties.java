package org.hallkiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hallkiosk.content.validate.Problem;

/** Any bytes in a content file end as a parsed tree or as problems with a position — never as an exception. */
class YamlReaderProperties {

    private final YamlReader reader = new YamlReader();

    @Property(tries = 500)
    void anyBytesGiveATreeOrProblems(@ForAll byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<ParsedFile> f = reader.read("x.yaml", bytes, problems);
        assertThat(f.isPresent() || !problems.isEmpty()).isTrue();
        problems.forEach(p -> assertThat(p.toString()).matches("(?s)x\\.yaml:\\d+:\\d+: .+"));
    }

    @Property(tries = 500)
    void anyTextGivesATreeOrProblems(@ForAll String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<ParsedFile> f = reader.read("x.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), problems);
        assertThat(f.isPresent() || !problems.isEmpty()).isTrue();
    }
}
