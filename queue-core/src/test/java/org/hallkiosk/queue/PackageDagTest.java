package org.hallkiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hallkiosk.testkit.arch.ArchitectureDoc;
import org.hallkiosk.testkit.arch.PackageGraph;
import org.junit.jupiter.api.Test;

/** queue-core's packages form a graph without cycles, and docs/architecture.md shows that graph as the code has it. */
class PackageDagTest {

    private static final String PREFIX = "org.hallkiosk.queue";

    private final PackageGraph graph = PackageGraph.of(Path.of("target/classes"), PREFIX);

    @Test
    void noPackageJoinsACycle() {
        assertThat(graph.cycles()).as("groups of packages that depend on each other in a circle").isEmpty();
    }

    @Test
    void noJavaFx() {
        assertThat(graph.users("javafx.")).isEmpty();
    }

    @Test
    void docsArchitectureShowsThisGraph() {
        String[] section = ArchitectureDoc.section(Path.of("../docs/architecture.md"), "queue-core", graph.mermaid(PREFIX));
        assertThat(section[1]).as("docs/architecture.md is stale; regenerate with"
                + " ./mvnw -B -pl queue-core -am test -Dtest=PackageDagTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Darchitecture.update=true").isEqualTo(section[0]);
    }
}
