package org.hallkiosk.device.link;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process simulators that {@code sim:NAME} specs resolve to. A simulator plugs in under a
 * name; each {@link LinkFactory#create} of {@code sim:NAME} asks the plug for a fresh host-side link.
 */
public final class SimulatorRegistry {

    /** Connects a new host-side link to a running simulator, e.g. one end of a {@link PipeLink} pair. */
    @FunctionalInterface
    public interface Plug {
        ByteLink connect() throws LinkException;
    }

    private final Map<String, Plug> plugs = new ConcurrentHashMap<>();

    /** Registers (or replaces) the simulator answering {@code sim:name}. */
    public void register(String name, Plug plug) {
        new LinkSpec.Sim(name); // validates the name with the same rules as a spec
        plugs.put(name, plug);
    }

    public void unregister(String name) {
        plugs.remove(name);
    }

    public Optional<Plug> find(String name) {
        return Optional.ofNullable(plugs.get(name));
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(plugs.keySet());
    }
}
