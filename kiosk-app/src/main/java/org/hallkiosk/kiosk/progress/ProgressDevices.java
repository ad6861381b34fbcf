package org.hallkiosk.kiosk.progress;

import java.util.Optional;
import org.hallkiosk.device.idcard.SamIdCardReader;
import org.hallkiosk.device.idcard.SamReaderSettings;
import org.hallkiosk.device.idcard.SamReaderSimulator;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.LinkFactory;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SimulatorRegistry;
import org.hallkiosk.device.scanner.ScannerSettings;
import org.hallkiosk.device.scanner.ScannerSimulator;
import org.hallkiosk.device.scanner.SerialScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scanner and ID card reader the 进度查询 screen listens to, opened from their link specs ({@code devices.scanner},
 * {@code devices.idCardReader}); {@code sim:} specs get the device layer's in-process simulators. A device that
 * cannot be opened is logged and left out — the keypad always works.
 */
public final class ProgressDevices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressDevices.class);

    private final ScanFeed scans;
    private final IdCardFeed cards;

    public ProgressDevices(ScanFeed scans, IdCardFeed cards) {
        this.scans = scans;
        this.cards = cards;
    }

    /** Opens both devices; never throws. */
    public static ProgressDevices open(String scannerSpec, String idCardSpec) {
        SimulatorRegistry simulators = new SimulatorRegistry();
        LinkFactory links = new LinkFactory(simulators);
        return new ProgressDevices(scanner(scannerSpec, links, simulators), reader(idCardSpec, links, simulators));
    }

    private static ScanFeed scanner(String spec, LinkFactory links, SimulatorRegistry simulators) {
        try {
            LinkSpec parsed = LinkSpec.parse(spec.strip());
            Optional<ScannerSimulator> simulator = Optional.empty();
            if (parsed instanceof LinkSpec.Sim sim) {
                ScannerSimulator s = new ScannerSimulator();
                simulators.register(sim.name(), () -> s.connectInProcess(sim.text()));
                simulator = Optional.of(s);
            }
            SerialScanner scanner = new SerialScanner(links.create(parsed), ScannerSettings.defaults());
            scanner.open();
            return new ScannerFeed(scanner, simulator);
        } catch (LinkException | RuntimeException e) {
            LOG.warn("receipt scanner {} not available for 进度查询: {}", spec, e.getMessage());
            return ScanFeed.NONE;
        }
    }

    private static IdCardFeed reader(String spec, LinkFactory links, SimulatorRegistry simulators) {
        try {
            LinkSpec parsed = LinkSpec.parse(spec.strip());
            Optional<SamReaderSimulator> simulator = Optional.empty();
            if (parsed instanceof LinkSpec.Sim sim) {
                SamReaderSimulator s = new SamReaderSimulator();
                simulators.register(sim.name(), () -> s.connectInProcess(sim.text()));
                simulator = Optional.of(s);
            }
            ByteLink link = links.create(parsed);
            return new CardReaderFeed(new SamIdCardReader(link, SamReaderSettings.defaults()), simulator);
        } catch (RuntimeException e) {
            LOG.warn("ID card reader {} not available for 进度查询: {}", spec, e.getMessage());
            return IdCardFeed.NONE;
        }
    }

    public ScanFeed scans() {
        return scans;
    }

    public IdCardFeed cards() {
        return cards;
    }

    @Override
    public void close() {
        if (scans instanceof AutoCloseable c) {
            closeQuietly(c);
        }
        if (cards instanceof AutoCloseable c) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing a progress device: {}", e.getMessage());
        }
    }
}
