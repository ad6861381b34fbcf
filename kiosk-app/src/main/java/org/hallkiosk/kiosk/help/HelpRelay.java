package org.hallkiosk.kiosk.help;

/**
 * Passes a call for staff on beyond the kiosk, e.g. to the hall server's counter pages ({@code POST /api/v1/help}) in
 * hall mode. Runs off the FX thread; a failure is logged, never shown.
 */
@FunctionalInterface
public interface HelpRelay {

    /** Tells the hall that {@code kioskId}'s visitor asked for staff, by {@code source} ("button" or "screen"). */
    void call(String kioskId, String source) throws Exception;
}
