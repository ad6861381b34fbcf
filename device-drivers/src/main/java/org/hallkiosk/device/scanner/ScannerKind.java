package org.hallkiosk.device.scanner;

import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.ManagedDevice;

/** Builds the serial scanner; a {@code sim:NAME} spec gets an in-process {@link ScannerSimulator}. */
public final class ScannerKind implements DeviceKind {

    @Override
    public String name() {
        return "scanner";
    }

    @Override
    public Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context) {
        return createScanner(settings.scanner(), ScannerSettings.defaults(), context).map(d -> d);
    }

    /** The scanner with its concrete type, for callers that read codes. */
    public Optional<ScannerDevice> createScanner(String spec, ScannerSettings settings, DeviceContext context) {
        if (!DeviceSettings.fitted(spec)) {
            return Optional.empty();
        }
        LinkSpec parsed = LinkSpec.parse(spec.strip());
        Optional<ScannerSimulator> simulator = Optional.empty();
        if (parsed instanceof LinkSpec.Sim sim) {
            ScannerSimulator simulated = new ScannerSimulator(settings.charset());
            context.simulators().register(sim.name(), () -> simulated.connectInProcess(sim.text()));
            simulator = Optional.of(simulated);
        }
        ByteLink link = context.links().create(parsed);
        return Optional.of(new ScannerDevice(new SerialScanner(link, settings), simulator));
    }
}
