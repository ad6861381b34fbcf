package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceCheckTest {

    private static Commands answering(Map<String, Commands.Ran> byVerb) {
        return command -> Optional.ofNullable(byVerb.get(command.get(1)));
    }

    @Test
    void enabledAndActiveIsOk() {
        List<Finding> f = new ServiceCheck(true, answering(Map.of(
                "is-enabled", new Commands.Ran(0, "enabled"), "is-active", new Commands.Ran(0, "active")))).run();
        assertThat(f).extracting(Finding::status).containsExactly(Finding.Status.OK, Finding.Status.OK);
    }

    @Test
    void disabledAndFailedSayHowToEnableAndWhereToLook() {
        List<Finding> f = new ServiceCheck(true, answering(Map.of(
                "is-enabled", new Commands.Ran(1, "disabled"), "is-active", new Commands.Ran(3, "failed")))).run();
        assertThat(f.get(0).fix()).isEqualTo("sudo systemctl enable hallkiosk.service");
        assertThat(f.get(1).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(f.get(1).fix()).contains("journalctl -u hallkiosk -b");
    }

    @Test
    void noSystemdOrNoUnitIsSkipped() {
        assertThat(new ServiceCheck(false, c -> Optional.empty()).run().get(0).status()).isEqualTo(Finding.Status.SKIP);
        assertThat(new ServiceCheck(true, answering(Map.of("is-enabled", new Commands.Ran(1, "not-found")))).run().get(0).status())
                .isEqualTo(Finding.Status.SKIP);
    }
}
