package org.hallkiosk.kiosk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskingMessageConverterTest {

    @Test
    void masksIdNumbersAnywhereInAMessage() {
        assertThat(MaskingMessageConverter.maskIdNumbers("card 11010519491231002X read, then 330106199001011234."))
                .isEqualTo("card 1101**********002X read, then 3301**********1234.");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "ticket A007 issued in 12 ms; order 1234567890123456789012 kept";
        assertThat(MaskingMessageConverter.maskIdNumbers(text)).isEqualTo(text);
    }

    @Test
    void theKiosksOwnLogConfigurationNeverWritesAFullIdNumber(@TempDir Path logs) throws Exception {
        System.setProperty("hallkiosk.logdir", logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        context.getLogger("test").warn("visitor {} took a ticket", "330106199001011234");
        context.stop();
        String written = Files.readString(logs.resolve("kiosk.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("3301**********1234").doesNotContain("330106199001011234");
    }

    @Test
    void stackTracesAreMaskedTooAndTheLogIsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path logs = tmp.resolve("logs");
        System.setProperty("hallkiosk.logdir", logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        Exception cause = new IllegalArgumentException("holder 11010519491231002X, mobile 13812345678");
        context.getLogger("test").error("lookup failed", new IllegalStateException("case of 810000199408230020 / H60123456", cause));
        context.stop();
        String written = Files.readString(logs.resolve("kiosk.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("lookup failed").contains("IllegalStateException").contains("Caused by")
                .contains("1101**********002X").contains("138****5678").contains("8100**********0020").contains("H******56")
                .doesNotContain("11010519491231002X").doesNotContain("13812345678").doesNotContain("810000199408230020")
                .doesNotContain("H60123456");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("kiosk.log"))))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
    }
}
