package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.IdCardReaderDevice;
import org.hallkiosk.device.idcard.SamIdCardReader;
import org.hallkiosk.device.idcard.SamReaderSettings;
import org.hallkiosk.device.idcard.SamReaderSimulator;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.scanner.ScannerDevice;
import org.hallkiosk.device.scanner.ScannerSettings;
import org.hallkiosk.device.scanner.ScannerSimulator;
import org.hallkiosk.device.scanner.SerialScanner;
import org.junit.jupiter.api.Test;

/** The tile's feeds over the device layer's real drivers, talking to the in-process simulators. */
class DeviceFeedsTest {

    @Test
    void aScanArrivesWhileListeningAndIsDroppedAfterwards() throws Exception {
        ScannerSimulator sim = new ScannerSimulator();
        ScannerDevice device = new ScannerDevice(new SerialScanner(sim.connectInProcess("sim:scanner"), ScannerSettings.defaults()),
                Optional.of(sim));
        try {
            ScannerFeed feed = new ScannerFeed(device, Runnable::run);
            BlockingQueue<String> codes = new LinkedBlockingQueue<>();
            Listening listening = feed.listen(codes::add);
            assertThat(feed.simulated()).isTrue();
            feed.simulateScan(DemoCases.RECEIPT_QR);
            assertThat(codes.poll(5, TimeUnit.SECONDS)).isEqualTo(DemoCases.RECEIPT_QR);

            listening.close();
            feed.simulateScan("after");
            assertThat(codes.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            device.close();
        }
    }

    @Test
    void theSimulatedReaderIsEmptyUntilTheDemoPlacesACard() throws Exception {
        SamReaderSimulator sim = new SamReaderSimulator(); // holds the resident card, as the device layer starts it
        IdCardReaderDevice device = new IdCardReaderDevice(
                new SamIdCardReader(sim.connectInProcess("sim:idcard"), SamReaderSettings.defaults()), Optional.of(sim));
        try {
            CardReaderFeed feed = new CardReaderFeed(device, Runnable::run);
            BlockingQueue<IdCardEvent> events = new LinkedBlockingQueue<>();
            Listening listening = feed.listen(events::add);
            assertThat(events.poll(1, TimeUnit.SECONDS)).as("no card until one is placed").isNull();

            feed.simulatePlacing(SimulatedCards.resident());
            IdCardEvent placed = events.poll(5, TimeUnit.SECONDS);
            assertThat(placed).isInstanceOfSatisfying(IdCardEvent.CardPlaced.class,
                    p -> assertThat(p.card().idNumber()).isEqualTo(SimulatedCards.resident().idNumber()));

            listening.close();
            events.clear();
            sim.removeCard();
            sim.placeCard(SimulatedCards.residentElder());
            assertThat(events.poll(1, TimeUnit.SECONDS)).as("the reader is not polled once the page has closed").isNull();
        } finally {
            device.close();
        }
    }
}
