package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One event per placed card, stepped poll by poll against the simulator. */
class IdCardPollerTest {

    private final SamReaderSimulator simulator = new SamReaderSimulator();
    private final List<IdCardEvent> events = new CopyOnWriteArrayList<>();
    private SamIdCardReader reader;
    private IdCardPoller poller;

    @BeforeEach
    void connect() throws Exception {
        simulator.removeCard();
        reader = new SamIdCardReader(simulator.connectInProcess("sim:idcard"),
                SamReaderSettings.defaults().withTimeouts(SamIdCardReaderTest.FAST));
        reader.open();
        poller = new IdCardPoller(reader, Duration.ofMillis(20), 2, 3, events::add);
    }

    @AfterEach
    void disconnect() {
        poller.close();
        reader.close();
        simulator.close();
    }

    @Test
    void aCardLyingOnTheReaderIsReportedOnce() {
        simulator.placeCard(SimulatedCards.resident());
        polls(5);

        assertThat(events).containsExactly(new IdCardEvent.CardPlaced(SimulatedCards.resident()));
    }

    @Test
    void theSameCardIsReportedAgainOnlyAfterItWasRemoved() {
        simulator.placeCard(SimulatedCards.resident());
        polls(2);
        simulator.removeCard();
        polls(1);
        assertThat(events).hasSize(1); // one empty poll is not yet a removal
        polls(3);
        simulator.placeCard(SimulatedCards.resident());
        polls(3);

        assertThat(events).containsExactly(
                new IdCardEvent.CardPlaced(SimulatedCards.resident()),
                new IdCardEvent.CardRemoved(),
                new IdCardEvent.CardPlaced(SimulatedCards.resident()));
    }

    @Test
    void aBriefFlickerOfNoCardDoesNotReportTheCardTwice() {
        simulator.placeCard(SimulatedCards.foreignPermanent());
        polls(2);
        simulator.removeCard();
        polls(1);
        simulator.placeCard(SimulatedCards.foreignPermanent());
        polls(3);

        assertThat(events).containsExactly(new IdCardEvent.CardPlaced(SimulatedCards.foreignPermanent()));
    }

    @Test
    void anUnsupportedCardIsReportedOnceAndNotReadOverAndOver() {
        byte[] text = CardTextCodec.encode(SimulatedCards.resident());
        text[248] = 'Y';
        simulator.placeCardText(text);
        polls(5);

        assertThat(events).hasSize(1);
        assertThat(events.get(0)).isInstanceOfSatisfying(IdCardEvent.CardUnreadable.class,
                e -> assertThat(e.reason()).contains("unsupported card type 'Y'"));
        assertThat(simulator.commandsReceived()).containsOnlyOnce(SamCommand.READ_TEXT_PHOTO);
    }

    @Test
    void aTransientReadFailureIsRetriedOnTheNextPollWithoutAnEvent() {
        simulator.placeCard(SimulatedCards.resident());
        simulator.failNextRead();
        simulator.failNextRead(); // the driver's own retry fails too
        polls(2);

        assertThat(events).containsExactly(new IdCardEvent.CardPlaced(SimulatedCards.resident()));
    }

    @Test
    void aSilentReaderIsOneFaultAndComingBackIsOneRestore() {
        simulator.setMute(true);
        polls(3);
        simulator.setMute(false);
        polls(2);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(IdCardEvent.ReaderFault.class,
                e -> assertThat(e.disconnected()).isFalse());
        assertThat(events.get(1)).isEqualTo(new IdCardEvent.ReaderRestored());
    }

    @Test
    void aClosedLinkIsADisconnectFault() {
        simulator.close();
        polls(2);

        assertThat(events).singleElement().isInstanceOfSatisfying(IdCardEvent.ReaderFault.class,
                e -> assertThat(e.disconnected()).isTrue());
    }

    @Test
    void runsOnItsOwnThread() throws Exception {
        simulator.placeCard(SimulatedCards.hkMacaoTaiwan());
        poller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (events.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        poller.close();

        assertThat(events).first().isEqualTo(new IdCardEvent.CardPlaced(SimulatedCards.hkMacaoTaiwan()));
    }

    private void polls(int n) {
        for (int i = 0; i < n; i++) {
            poller.pollOnce();
        }
    }
}
