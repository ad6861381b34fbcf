package org.hallkiosk.device.manager;

import java.util.Objects;
import org.hallkiosk.device.link.LinkFactory;
import org.hallkiosk.device.link.SimulatorRegistry;

/** What every device kind needs to build its device: links from specs, and the registry its simulator plugs into. */
public record DeviceContext(LinkFactory links, SimulatorRegistry simulators) {

    public DeviceContext {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(simulators, "simulators");
    }

    /** A fresh registry and a factory that resolves {@code sim:} specs through it. */
    public static DeviceContext standard() {
        SimulatorRegistry registry = new SimulatorRegistry();
        return new DeviceContext(new LinkFactory(registry), registry);
    }
}
