package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.SerialLink;
import org.hallkiosk.testkit.pty.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SAM driver on one end of a real socat PTY pair, the simulator on the other, at the reader's 115200 8N1. */
class SamReaderPtyTest {

    @TempDir
    Path dir;

    private PtyPair pty;
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;

    @BeforeEach
    void start() throws Exception {
        pty = PtyPair.start(dir);
        simulator = new SamReaderSimulator();
        simulator.serve(new SerialLink((LinkSpec.Serial) LinkSpec.parse("serial:" + pty.devicePath() + "?baud=115200")));
        reader = new SamIdCardReader(new SerialLink((LinkSpec.Serial) LinkSpec.parse(pty.hostSpec(115200))),
                SamReaderSettings.defaults().withPollInterval(Duration.ofMillis(50)));
        reader.open();
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        pty.close();
    }

    @ParameterizedTest
    @EnumSource(CardType.class)
    void readsEveryCardTypeOverAPty(CardType type) throws Exception {
        simulator.placeCard(SimulatedCards.of(type));

        assertThat(reader.waitForCard(Duration.ofSeconds(5))).isEqualTo(SimulatedCards.of(type));
    }

    @Test
    void readsThroughNoiseChunksAndABadChecksum() throws Exception {
        simulator.placeCard(SimulatedCards.foreignPermanent());
        simulator.setNoise(new byte[] {(byte) 0xFF, 0x00, (byte) 0xAA, (byte) 0xAA, 0x55});
        simulator.setChunking(64, Duration.ofMillis(2));
        simulator.corruptNextChecksum();

        assertThat(reader.waitForCard(Duration.ofSeconds(5))).isEqualTo(SimulatedCards.foreignPermanent());
        assertThat(simulator.commandsReceived()).containsSubsequence(SamCommand.FIND_CARD, SamCommand.FIND_CARD,
                SamCommand.SELECT_CARD, SamCommand.READ_TEXT_PHOTO);
    }

    @Test
    void aBadChecksumOnTheBigReadAnswerIsRetried() throws Exception {
        simulator.placeCard(SimulatedCards.hkMacaoTaiwan());
        assertThat(reader.isCardPresent()).isTrue();
        assertThat(reader.execute(SamCommand.SELECT_CARD).sw3()).isEqualTo(0x90);
        simulator.corruptNextChecksum();

        SamResponse read = reader.execute(SamCommand.READ_TEXT_PHOTO);

        assertThat(read.sw3()).isEqualTo(0x90);
        assertThat(CardTextCodec.decode(CardReadout.parse(read.data(), false).text(), SimulatedCards.hkMacaoTaiwan().photo()))
                .isEqualTo(SimulatedCards.hkMacaoTaiwan());
        assertThat(simulator.commandsReceived()).endsWith(SamCommand.READ_TEXT_PHOTO, SamCommand.READ_TEXT_PHOTO);
    }

    @Test
    void noCardGivesATimeout() {
        simulator.removeCard();

        assertThatThrownBy(() -> reader.waitForCard(Duration.ofMillis(600)))
                .isInstanceOf(ReaderTimeoutException.class).hasMessageContaining("600 ms");
    }

    @Test
    void aPulledCableIsADisconnect() {
        pty.unplug();

        assertThatThrownBy(reader::isCardPresent).isInstanceOf(org.hallkiosk.device.link.LinkException.Disconnected.class);
    }
}
