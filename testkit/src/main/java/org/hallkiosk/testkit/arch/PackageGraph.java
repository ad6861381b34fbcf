package org.hallkiosk.testkit.arch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * The package dependencies of one module's compiled classes, as the JDK's {@code jdeps} reports them: arrows between
 * the module's own packages, and which of its packages use a given library (e.g. JavaFX). Used by each module's
 * architecture test and to draw the graphs in docs/architecture.md.
 */
public final class PackageGraph {

    private final SortedMap<String, SortedSet<String>> arrows;
    private final SortedMap<String, SortedSet<String>> external;

    private PackageGraph(SortedMap<String, SortedSet<String>> arrows, SortedMap<String, SortedSet<String>> external) {
        this.arrows = arrows;
        this.external = external;
    }

    /** Reads {@code classes} (a module's target/classes) and keeps the packages under {@code prefix}. */
    public static PackageGraph of(Path classes, String prefix) {
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes + " is not a directory of compiled classes");
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is missing: the tests need a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none", classes.toString());
        if (rc != 0) {
            throw new IllegalStateException("jdeps failed (" + rc + "): " + err);
        }
        SortedMap<String, SortedSet<String>> arrows = new TreeMap<>();
        SortedMap<String, SortedSet<String>> external = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3 || !f[1].equals("->") || !f[0].startsWith(prefix)) {
                continue;
            }
            arrows.computeIfAbsent(f[0], k -> new TreeSet<>());
            if (f[2].startsWith(prefix)) {
                if (!f[0].equals(f[2])) {
                    arrows.get(f[0]).add(f[2]);
                }
            } else {
                external.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
            }
        }
        // a package only depended on still belongs in the graph
        for (SortedSet<String> targets : List.copyOf(arrows.values())) {
            for (String t : targets) {
                arrows.computeIfAbsent(t, k -> new TreeSet<>());
            }
        }
        return new PackageGraph(arrows, external);
    }

    /** Each package of the module with the module's packages it uses. */
    public SortedMap<String, SortedSet<String>> arrows() {
        return arrows;
    }

    /** The module's packages that use a package starting with {@code libraryPrefix}, e.g. {@code javafx.}. */
    public SortedSet<String> users(String libraryPrefix) {
        SortedSet<String> users = new TreeSet<>();
        external.forEach((pkg, libs) -> {
            if (libs.stream().anyMatch(l -> l.startsWith(libraryPrefix))) {
                users.add(pkg);
            }
        });
        return users;
    }

    /** The groups of packages that depend on each other in a circle (strongly connected, more than one package). */
    public List<SortedSet<String>> cycles() {
        return new Tarjan().run();
    }

    /**
     * The graph as a Mermaid flowchart, packages named without {@code prefix}, arrows from user to used; a
     * Markdown renderer (GitHub's among them) draws it and it reads as text too.
     */
    public String mermaid(String prefix) {
        StringBuilder b = new StringBuilder("```mermaid\nflowchart TD\n");
        arrows.forEach((from, tos) -> {
            if (tos.isEmpty()) {
                b.append("    ").append(id(from, prefix)).append('\n');
            }
            for (String to : tos) {
                b.append("    ").append(id(from, prefix)).append(" --> ").append(id(to, prefix)).append('\n');
            }
        });
        return b.append("```\n").toString();
    }

    private static String id(String pkg, String prefix) {
        String shortName = pkg.equals(prefix) ? "(root)" : pkg.startsWith(prefix + ".") ? pkg.substring(prefix.length() + 1) : pkg;
        return shortName.replace('.', '_') + "[\"" + shortName + "\"]";
    }

    /** Tarjan's strongly connected components over {@link #arrows}. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<SortedSet<String>> found = new ArrayList<>();
        private int next;

        List<SortedSet<String>> run() {
            for (String v : arrows.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return found;
        }

        private void visit(String v) {
            index.put(v, next);
            low.put(v, next);
            next++;
            stack.push(v);
            onStack.add(v);
            for (String w : arrows.getOrDefault(v, new TreeSet<>())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                SortedSet<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    found.add(component);
                }
            }
        }
    }
}
