package org.hallkiosk.device.idcard;

import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.ManagedDevice;

/** Builds the ID card reader; a {@code sim:NAME} spec gets an in-process {@link SamReaderSimulator}. */
public final class IdCardReaderKind implements DeviceKind {

    /** SAM modules ship at 115200 8N1, unlike printers and scanners. */
    public static final int READER_BAUD = 115200;

    @Override
    public String name() {
        return "idcard";
    }

    @Override
    public Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context) {
        return createReader(settings.idCardReader(), SamReaderSettings.defaults(), context).map(d -> d);
    }

    /** The reader with its concrete type, for callers that read cards. */
    public Optional<IdCardReaderDevice> createReader(String spec, SamReaderSettings settings, DeviceContext context) {
        if (!DeviceSettings.fitted(spec)) {
            return Optional.empty();
        }
        LinkSpec parsed = LinkSpec.parse(withReaderBaud(spec.strip()));
        Optional<SamReaderSimulator> simulator = Optional.empty();
        if (parsed instanceof LinkSpec.Sim sim) {
            SamReaderSimulator simulated = new SamReaderSimulator();
            context.simulators().register(sim.name(), () -> simulated.connectInProcess(sim.text()));
            simulator = Optional.of(simulated);
        }
        ByteLink link = context.links().create(parsed);
        return Optional.of(new IdCardReaderDevice(new SamIdCardReader(link, settings), simulator));
    }

    /**
     * A serial spec without {@code baud=} gets the reader's 115200 rather than the link layer's general default of
     * 9600, at which a SAM module would not understand a single frame.
     */
    static String withReaderBaud(String spec) {
        if (!spec.regionMatches(true, 0, "serial:", 0, 7) || spec.contains("baud=")) {
            return spec;
        }
        return spec + (spec.contains("?") ? "&" : "?") + "baud=" + READER_BAUD;
    }
}
