package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SAM driver against the simulator over an in-process pipe: every card type and every injected fault. */
class SamIdCardReaderTest {

    /** Short timeouts keep the no-answer cases quick; the simulator answers in well under a millisecond. */
    static final SamTimeouts FAST = new SamTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(1500));

    private final SamReaderSimulator simulator = new SamReaderSimulator();
    private SamIdCardReader reader;

    @BeforeEach
    void connect() throws Exception {
        ByteLink host = simulator.connectInProcess("sim:idcard");
        reader = new SamIdCardReader(host, SamReaderSettings.defaults().withTimeouts(FAST).withPollInterval(Duration.ofMillis(20)));
        reader.open();
    }

    @AfterEach
    void disconnect() {
        reader.close();
        simulator.close();
    }

    @ParameterizedTest
    @EnumSource(CardType.class)
    void readsEveryCardType(CardType type) throws Exception {
        IdCard placed = SimulatedCards.of(type);
        simulator.placeCard(placed);

        assertThat(reader.isCardPresent()).isTrue();
        assertThat(reader.readCard()).isEqualTo(placed);
    }

    @Test
    void readsWithTheFingerprintCommandToo() throws Exception {
        SamIdCardReader fp = new SamIdCardReader(reader.link(), SamReaderSettings.defaults().withTimeouts(FAST).withReadFingerprint(true));
        assertThat(fp.isCardPresent()).isTrue();
        assertThat(fp.readCard()).isEqualTo(SimulatedCards.resident());
        assertThat(simulator.commandsReceived()).endsWith(SamCommand.READ_TEXT_PHOTO_FINGERPRINT);
    }

    @Test
    void survivesNoiseChunksAndOneBadChecksum() throws Exception {
        simulator.placeCard(SimulatedCards.hkMacaoTaiwan());
        simulator.setNoise(new byte[] {0x00, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0x96, 0x69});
        simulator.setChunking(7, Duration.ofMillis(1));
        simulator.corruptNextChecksum();

        IdCard card = reader.waitForCard(Duration.ofSeconds(5));

        assertThat(card).isEqualTo(SimulatedCards.hkMacaoTaiwan());
        // the corrupt find answer was retried once
        assertThat(simulator.commandsReceived()).containsSubsequence(SamCommand.FIND_CARD, SamCommand.FIND_CARD,
                SamCommand.SELECT_CARD, SamCommand.READ_TEXT_PHOTO);
    }

    @Test
    void aFailedReadIsRetriedOnce() throws Exception {
        simulator.failNextRead();

        assertThat(reader.waitForCard(Duration.ofSeconds(2))).isEqualTo(SimulatedCards.resident());
        assertThat(simulator.commandsReceived()).endsWith(SamCommand.SELECT_CARD, SamCommand.READ_TEXT_PHOTO,
                SamCommand.READ_TEXT_PHOTO);
    }

    @Test
    void twoFailedReadsInARowAreReported() throws Exception {
        simulator.failNextRead();
        simulator.failNextRead();
        assertThat(reader.isCardPresent()).isTrue();

        assertThatThrownBy(reader::readCard).isInstanceOfSatisfying(ReaderStatusException.class,
                e -> assertThat(e.sw3()).isEqualTo(0x41)).hasMessageContaining("read failed");
    }

    @Test
    void twoCorruptAnswersInARowAreAProtocolError() throws Exception {
        simulator.corruptNextChecksum();
        simulator.corruptNextChecksum();

        assertThatThrownBy(reader::isCardPresent).isInstanceOfSatisfying(SamProtocolException.class,
                e -> assertThat(e.kind()).isEqualTo(SamProtocolException.Kind.BAD_CHECKSUM));
        // and the line is usable again afterwards
        assertThat(reader.isCardPresent()).isTrue();
    }

    @Test
    void noCardMeansATimeout() {
        simulator.removeCard();

        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.waitForCard(Duration.ofMillis(400)))
                .isInstanceOf(ReaderTimeoutException.class).hasMessageContaining("no card placed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aSilentReaderTimesOutWithTheCommandNamed() {
        simulator.setMute(true);
        assertThatThrownBy(reader::isCardPresent)
                .isInstanceOf(ReaderTimeoutException.class).hasMessageContaining("find card").hasMessageContaining("300 ms");
    }

    @Test
    void aFailedSamIsReportedWhenOpening() throws Exception {
        simulator.setSamFailed(true);
        assertThatThrownBy(reader::open).isInstanceOfSatisfying(ReaderStatusException.class,
                e -> assertThat(e.sw3()).isEqualTo(0x60)).hasMessageContaining("SAM self-test failed");
    }

    @Test
    void selectWithoutACardFails() throws Exception {
        simulator.removeCard();
        assertThat(reader.isCardPresent()).isFalse();
        assertThatThrownBy(reader::readCard).isInstanceOfSatisfying(ReaderStatusException.class,
                e -> assertThat(e.sw3()).isEqualTo(0x81));
    }

    @Test
    void anUnsupportedCardIsNamedAsSuch() throws Exception {
        byte[] text = CardTextCodec.encode(SimulatedCards.resident());
        text[248] = 'Y';
        simulator.placeCardText(text);

        assertThatThrownBy(() -> reader.waitForCard(Duration.ofSeconds(1))).isInstanceOf(UnsupportedCardException.class);
    }

    @Test
    void housekeepingCommands() throws Exception {
        reader.resetSam();
        reader.checkSam();
        assertThat(reader.samId()).hasSize(32).startsWith("0501");
    }

    @Test
    void aStaleLateAnswerIsNotTakenForTheNextOne() throws Exception {
        simulator.setMute(true);
        assertThatThrownBy(reader::isCardPresent).isInstanceOf(ReaderTimeoutException.class);
        simulator.setMute(false);
        simulator.removeCard();
        // if a late 9F from before were still queued, this would wrongly say "present"
        assertThat(reader.isCardPresent()).isFalse();
    }

    @Test
    void aClosedSimulatorIsADisconnect() {
        simulator.close();
        assertThatThrownBy(reader::isCardPresent).isInstanceOf(LinkException.Disconnected.class);
    }
}
