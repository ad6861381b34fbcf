package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hallkiosk.testkit.arch.ArchitectureDoc;
import org.hallkiosk.testkit.arch.PackageGraph;
import org.junit.jupiter.api.Test;

/** hall-server's packages form a graph without cycles, and docs/architecture.md shows that graph as the code has it. */
class PackageDagTest {

    private static final String PREFIX = "org.hallkiosk.hall";

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
        String[] section = ArchitectureDoc.section(Path.of("../docs/architecture.md"), "hall-server", graph.mermaid(PREFIX));
        assertThat(section[1]).as("docs/architecture.md is stale; regenerate with"
                + " ./mvnw -B -pl hall-server -am test -Dtest=PackageDagTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Darchitecture.update=true").isEqualTo(section[0]);
    }
}
