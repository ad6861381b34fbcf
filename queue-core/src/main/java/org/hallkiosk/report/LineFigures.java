package org.hallkiosk.report;

/**
 * One business line's month.
 *
 * @param issued      tickets issued on the line (by the line that issued the number)
 * @param served      tickets finished ({@code done}) while in the line
 * @param noShows     calls not answered (过号: voided or put back in line)
 * @param transfersIn tickets sent to this line from another
 * @param waiting      issue to first call, for tickets issued on the line
 * @param service     call to done (or to transfer), for services of the line
 */
public record LineFigures(String prefix, String name, int issued, int served, int noShows, int transfersIn,
                          Durations waiting, Durations service) {
}
