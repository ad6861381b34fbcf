package org.hallkiosk.kiosk.doctor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time the kiosk numbers tickets and opens lines by: the hall's zone (a setting, whatever the machine's zone),
 * a plausible clock (a Raspberry Pi has no battery clock and boots in the past until NTP answers) and NTP in sync.
 */
public final class ClockCheck implements DoctorCheck {

    /** No clock is right before this software existed: a date before it means the clock was never set. */
    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2025-01-01T00:00:00Z");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NTP_FIX = "sudo timedatectl set-ntp true; a hall without Internet names its NTP server in "
            + "/etc/systemd/timesyncd.conf (NTP=...), then: sudo systemctl restart systemd-timesyncd";

    private final Clock hallClock;
    private final ZoneId machineZone;
    private final Commands commands;

    /** @param hallClock the kiosk's clock, in the configured {@code timeZone} */
    public ClockCheck(Clock hallClock, ZoneId machineZone, Commands commands) {
        this.hallClock = hallClock;
        this.machineZone = machineZone;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        ZoneId hall = hallClock.getZone();
        String now = SHOWN.format(LocalDateTime.now(hallClock));
        out.add(Finding.ok("time zone", "hall " + hall.getId() + ", now " + now
                + (hall.normalized().equals(machineZone.normalized()) ? "" : " (the machine's own zone, " + machineZone.getId()
                        + ", is not used for hours or dates)")));
        if (hallClock.instant().isBefore(EARLIEST_PLAUSIBLE)) {
            out.add(Finding.fail("clock", "the clock says " + now + ": it was never set (no battery clock, no NTP yet)", NTP_FIX));
        } else {
            out.add(Finding.ok("clock", now + " " + hall.getId()));
        }
        Optional<Commands.Ran> ntp = commands.run(List.of("timedatectl", "show", "-p", "NTPSynchronized", "--value"));
        if (ntp.isEmpty() || ntp.get().exit() != 0) {
            out.add(Finding.warn("NTP", "cannot read the NTP state (timedatectl did not answer)", "compare the clock by hand: date; then " + NTP_FIX));
        } else if (ntp.get().out().strip().equals("yes")) {
            out.add(Finding.ok("NTP", "synchronised"));
        } else {
            out.add(Finding.fail("NTP", "not synchronised: ticket times and the change of day may be wrong", NTP_FIX));
        }
        return out;
    }
}
