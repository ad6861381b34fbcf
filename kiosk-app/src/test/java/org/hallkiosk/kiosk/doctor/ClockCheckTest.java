package org.hallkiosk.kiosk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.junit.jupiter.api.Test;

class ClockCheckTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private static List<Finding> run(String instant, Optional<Commands.Ran> ntp) {
        return new ClockCheck(new AdjustableClock(Instant.parse(instant), HALL), ZoneId.of("UTC"), c -> {
            assertThat(c).containsExactly("timedatectl", "show", "-p", "NTPSynchronized", "--value");
            return ntp;
        }).run();
    }

    @Test
    void aSetClockInSyncIsOkAndTheZoneLineSaysTheMachinesZoneIsNotUsed() {
        List<Finding> f = run("2026-11-27T01:30:00Z", Optional.of(new Commands.Ran(0, "yes\n")));
        assertThat(f).allMatch(x -> x.status() == Finding.Status.OK);
        assertThat(f.get(0).detail()).contains("hall Asia/Shanghai, now 2026-11-27 09:30:00").contains("UTC, is not used");
    }

    @Test
    void aClockThatWasNeverSetFails() {
        Finding clock = run("1970-01-01T00:00:10Z", Optional.of(new Commands.Ran(0, "no"))).get(1);
        assertThat(clock.status()).isEqualTo(Finding.Status.FAIL);
        assertThat(clock.detail()).contains("1970-01-01 08:00:10");
        assertThat(clock.fix()).contains("timedatectl set-ntp true");
    }

    @Test
    void ntpOutOfSyncFailsAndAnUnreadableStateWarns() {
        assertThat(run("2026-11-27T01:30:00Z", Optional.of(new Commands.Ran(0, "no"))).get(2).status()).isEqualTo(Finding.Status.FAIL);
        assertThat(run("2026-11-27T01:30:00Z", Optional.empty()).get(2).status()).isEqualTo(Finding.Status.WARN);
        assertThat(run("2026-11-27T01:30:00Z", Optional.of(new Commands.Ran(1, ""))).get(2).status()).isEqualTo(Finding.Status.WARN);
    }
}
