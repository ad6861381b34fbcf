package org.hallkiosk.kiosk.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every check in order; a check that throws becomes a failure of its own, so it never hides the others. */
public final class Doctor {

    private static final Logger LOG = LoggerFactory.getLogger(Doctor.class);

    private final List<DoctorCheck> checks;

    public Doctor(List<DoctorCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public Report run() {
        List<Finding> findings = new ArrayList<>();
        for (DoctorCheck check : checks) {
            try {
                findings.addAll(check.run());
            } catch (RuntimeException e) {
                LOG.debug("check {} threw", check.name(), e);
                findings.add(Finding.fail(check.name(), "the check itself failed: " + e,
                        "run kioskctl doctor --verbose and report the stack trace"));
            }
        }
        return new Report(findings);
    }

    /** Every finding, in the order the checks ran. */
    public record Report(List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }

        /** True when nothing failed (warnings and skipped checks allowed). */
        public boolean ok() {
            return findings.stream().noneMatch(f -> f.status() == Finding.Status.FAIL);
        }

        /** Findings per status, for the summary line. */
        public Map<Finding.Status, Long> counts() {
            Map<Finding.Status, Long> counts = new java.util.EnumMap<>(Finding.Status.class);
            for (Finding.Status s : Finding.Status.values()) {
                counts.put(s, findings.stream().filter(f -> f.status() == s).count());
            }
            return counts;
        }
    }
}
