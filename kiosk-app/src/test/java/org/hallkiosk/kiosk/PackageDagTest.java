package org.hallkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.hallkiosk.testkit.arch.ArchitectureDoc;
import org.hallkiosk.testkit.arch.PackageGraph;
import org.junit.jupiter.api.Test;

/** kiosk-app's packages form a graph without cycles, and docs/architecture.md shows that graph as the code has it. */
class PackageDagTest {

    private static final String PREFIX = "org.hallkiosk.kiosk";
    /** Packages still in a cycle, to be taken apart; the list may only shrink. */
    private static final Set<String> KNOWN_CYCLE = Set.of(
            "org.hallkiosk.kiosk.admin", "org.hallkiosk.kiosk.cli", "org.hallkiosk.kiosk.config",
            "org.hallkiosk.kiosk.demo", "org.hallkiosk.kiosk.hall", "org.hallkiosk.kiosk.print.notice",
            "org.hallkiosk.kiosk.print.ticket", "org.hallkiosk.kiosk.progress", "org.hallkiosk.kiosk.queue",
            "org.hallkiosk.kiosk.rating", "org.hallkiosk.kiosk.report", "org.hallkiosk.kiosk.ui",
            "org.hallkiosk.kiosk.ui.admin", "org.hallkiosk.kiosk.ui.attract", "org.hallkiosk.kiosk.ui.guide",
            "org.hallkiosk.kiosk.ui.home", "org.hallkiosk.kiosk.ui.keyboard", "org.hallkiosk.kiosk.ui.progress",
            "org.hallkiosk.kiosk.ui.queue");

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
    void javaFxOnlyInTheUiTheDemoAndTheCommandsThatStartIt() {
        assertThat(graph.users("javafx.")).allSatisfy(p -> assertThat(p).matches(
                "org\\.hallkiosk\\.kiosk\\.(ui(\\..*)?|demo|cli)"));
    }

    @Test
    void docsArchitectureShowsThisGraph() {
        String[] section = ArchitectureDoc.section(Path.of("../docs/architecture.md"), "kiosk-app", graph.mermaid(PREFIX));
        assertThat(section[1]).as("docs/architecture.md is stale; regenerate with"
                + " ./mvnw -B -pl kiosk-app -am test -Dtest=PackageDagTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Darchitecture.update=true").isEqualTo(section[0]);
    }
}
