package org.hallkiosk.kiosk.doctor;

import java.util.List;

/**
 * One thing {@code kioskctl doctor} looks at. A check may report several findings (one per device); it reports
 * problems as findings rather than throwing. New parts of the kiosk add their check to the list that
 * {@code DoctorCommand} builds.
 */
public interface DoctorCheck {

    /** A short name for the table, e.g. {@code display}. */
    String name();

    List<Finding> run();
}
