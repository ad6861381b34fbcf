package org.hallkiosk.device.link;

import java.time.Duration;
import java.util.Objects;

/** Makes an unopened {@link ByteLink} from a spec; {@code sim:} specs go through a {@link SimulatorRegistry}. */
public final class LinkFactory {

    private final SimulatorRegistry simulators;

    public LinkFactory(SimulatorRegistry simulators) {
        this.simulators = Objects.requireNonNull(simulators, "simulators");
    }

    /** Parses and creates; a bad spec throws {@link LinkSpecException}. */
    public ByteLink create(String spec) {
        return create(LinkSpec.parse(spec));
    }

    public ByteLink create(LinkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec instanceof LinkSpec.Serial serial) {
            return new SerialLink(serial);
        } else if (spec instanceof LinkSpec.Tcp tcp) {
            return new TcpLink(tcp);
        } else if (spec instanceof LinkSpec.File file) {
            return new FileLink(file);
        } else if (spec instanceof LinkSpec.Sim sim) {
            return new SimulatedLink(sim, simulators);
        }
        throw new IllegalStateException("unhandled link kind " + spec.getClass().getSimpleName());
    }

    /**
     * Resolves the simulator when opened, not when created, so that a manager configured before its
     * simulators start (or one that restarts them) still connects.
     */
    private static final class SimulatedLink implements ByteLink {
        private final LinkSpec.Sim spec;
        private final SimulatorRegistry simulators;
        private volatile ByteLink connected;

        SimulatedLink(LinkSpec.Sim spec, SimulatorRegistry simulators) {
            this.spec = spec;
            this.simulators = simulators;
        }

        @Override
        public String spec() {
            return spec.text();
        }

        @Override
        public synchronized void open() throws LinkException {
            ByteLink current = connected;
            if (current != null && current.isOpen()) {
                return;
            }
            SimulatorRegistry.Plug plug = simulators.find(spec.name()).orElseThrow(() -> new LinkException.Disconnected(
                    "no simulator named '" + spec.name() + "' is running (known: " + simulators.names() + ")"));
            ByteLink link = plug.connect();
            link.open();
            connected = link;
        }

        @Override
        public boolean isOpen() {
            ByteLink current = connected;
            return current != null && current.isOpen();
        }

        @Override
        public boolean canRead() {
            return true;
        }

        @Override
        public void write(byte[] data) throws LinkException {
            live().write(data);
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws LinkException {
            return live().read(buffer, timeout);
        }

        @Override
        public void drain() throws LinkException {
            live().drain();
        }

        @Override
        public synchronized void close() {
            ByteLink current = connected;
            connected = null;
            if (current != null) {
                current.close();
            }
        }

        private ByteLink live() throws LinkException {
            ByteLink current = connected;
            if (current == null) {
                throw new LinkException.Disconnected(spec.text() + " is not open");
            }
            return current;
        }
    }
}
