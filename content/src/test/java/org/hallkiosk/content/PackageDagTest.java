package org.hallkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.hallkiosk.testkit.arch.ArchitectureDoc;
import org.hallkiosk.testkit.arch.PackageGraph;
import org.junit.jupiter.api.Test;

/** content's packages form a graph without cycles, and docs/architecture.md shows that graph as the code has it. */
class PackageDagTest {

    private static final String PREFIX = "org.hallkiosk.content";
    /** Packages still in a cycle, to be taken apart; the list may only shrink. */
    private static final Set<String> KNOWN_CYCLE = Set.of(
            "org.hallkiosk.content.calendar", "org.hallkiosk.content.load", "org.hallkiosk.content.model", "org.hallkiosk.content.validate");

    private final PackageGraph graph = PackageGraph.of(Path.of("target/classes"), PREFIX);

    @Test
    void noPackageJoinsACycle() {
        List<SortedSet<String>> cycles = graph.cycles();
        for (SortedSet<String> cycle : cycles) {
            assertThat(KNOWN_CYCLE).as("a package newly caught in a cycle (break the arrow that closes it; jdeps -verbose:class target/classes"
                    + " shows the classes): " + cycle).containsAll(cycle);
        }
    }

    @Test
    void noJavaFx() {
        assertThat(graph.users("javafx.")).isEmpty();
    }

    @Test
    void docsArchitectureShowsThisGraph() {
        String[] section = ArchitectureDoc.section(Path.of("../docs/architecture.md"), "content", graph.mermaid(PREFIX));
        assertThat(section[1]).as("docs/architecture.md is stale; regenerate with"
                + " ./mvnw -B -pl content -am test -Dtest=PackageDagTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Darchitecture.update=true").isEqualTo(section[0]);
    }
}
