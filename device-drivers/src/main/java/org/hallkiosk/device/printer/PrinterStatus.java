package org.hallkiosk.device.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a printer said about itself in answer to DLE EOT 1..4. */
public record PrinterStatus(boolean online, boolean coverOpen, boolean paperNearEnd, boolean paperOut,
                            boolean cutterError, boolean unrecoverableError, boolean autoRecoverableError) {

    /** Online, paper fine, no errors. */
    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false, false, false, false);

    /** The reason this status stops printing, worst first; empty if the printer can print. */
    public Optional<PrintFailure> blockingFailure() {
        if (unrecoverableError) {
            return Optional.of(PrintFailure.MECHANICAL_ERROR);
        }
        if (paperOut) {
            return Optional.of(PrintFailure.PAPER_OUT);
        }
        if (coverOpen) {
            return Optional.of(PrintFailure.COVER_OPEN);
        }
        if (cutterError) {
            return Optional.of(PrintFailure.CUTTER_ERROR);
        }
        if (!online || autoRecoverableError) {
            return Optional.of(PrintFailure.OFFLINE);
        }
        return Optional.empty();
    }

    /** Conditions worth telling staff about although printing works. */
    public List<PrintWarning> warnings() {
        List<PrintWarning> list = new ArrayList<>();
        if (paperNearEnd) {
            list.add(PrintWarning.PAPER_NEAR_END);
        }
        return list;
    }
}
