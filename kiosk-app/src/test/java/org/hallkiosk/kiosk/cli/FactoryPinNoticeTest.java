package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.config.PinHash;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code kioskctl run} full-screen on the factory PIN says at start how to set one; otherwise it says nothing. */
class FactoryPinNoticeTest {

    @Test
    void fullScreenOnTheFactoryPinWarnsWithTheCommandToRun() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(RunCommand.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try {
            KioskConfig withPin = ConfigLoader.parse(Path.of("kiosk.yaml"),
                    "adminPinHash: \"" + PinHash.hash("864209", new SecureRandom()) + "\"\n");
            assertThat(RunCommand.announceFactoryPin(KioskConfig.defaults(), true, log)).as("windowed").isFalse();
            assertThat(RunCommand.announceFactoryPin(withPin, false, log)).as("PIN set").isFalse();
            assertThat(events.list).isEmpty();
            assertThat(RunCommand.announceFactoryPin(KioskConfig.defaults(), false, log)).isTrue();
        } finally {
            log.detachAppender(events);
        }
        assertThat(events.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).as("a warning: the console shows it whatever its level").isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("admin corner is disabled").contains("kioskctl config set-pin");
        });
    }
}
