package org.hallkiosk.kiosk.doctor;

import java.util.List;
import java.util.Optional;

/** The kiosk's systemd unit: enabled (so it comes back after a power cut) and running. */
public final class ServiceCheck implements DoctorCheck {

    /** The unit the package installs. */
    public static final String UNIT = "hallkiosk.service";

    private final boolean systemdRunning;
    private final Commands commands;

    /** @param systemdRunning whether systemd manages this machine ({@code /run/systemd/system} exists) */
    public ServiceCheck(boolean systemdRunning, Commands commands) {
        this.systemdRunning = systemdRunning;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "service";
    }

    @Override
    public List<Finding> run() {
        if (!systemdRunning) {
            return List.of(Finding.skip("service", "systemd does not run this machine (a container or a development box)"));
        }
        Optional<Commands.Ran> enabled = commands.run(List.of("systemctl", "is-enabled", UNIT));
        if (enabled.isEmpty()) {
            return List.of(Finding.warn("service", "systemctl did not answer", "systemctl status " + UNIT));
        }
        String e = enabled.get().out().strip();
        if (e.isEmpty() || e.equals("not-found") || e.contains("No such file")) {
            return List.of(Finding.skip("service", UNIT + " is not installed (a kiosk installs it with the hallkiosk package)"));
        }
        Finding enabledFinding = e.equals("enabled")
                ? Finding.ok("service enabled", UNIT + " starts at boot")
                : Finding.fail("service enabled", UNIT + " is " + e + ": after a power cut the kiosk stays dark",
                        "sudo systemctl enable " + UNIT);
        String active = commands.run(List.of("systemctl", "is-active", UNIT)).map(r -> r.out().strip()).orElse("unknown");
        Finding activeFinding = switch (active) {
            case "active" -> Finding.ok("service running", UNIT + " is active");
            case "activating", "reloading" -> Finding.warn("service running", UNIT + " is " + active + " (starting)",
                    "wait a minute and run doctor again; journalctl -u hallkiosk -b");
            default -> Finding.fail("service running", UNIT + " is " + active,
                    "sudo systemctl start hallkiosk; if it stops again: journalctl -u hallkiosk -b");
        };
        return List.of(enabledFinding, activeFinding);
    }
}
