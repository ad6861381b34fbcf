package org.hallkiosk.device.idcard;

/** The reader answered with a failure status (SW3), e.g. 0x81 select failed or 0x60 SAM self-test failed. */
public final class ReaderStatusException extends IdCardException {

    private final int sw3;

    public ReaderStatusException(SamCommand command, int sw3) {
        super(command.description() + " failed: " + SamStatus.describe(sw3));
        this.sw3 = sw3;
    }

    /** The reader's own status byte. */
    public int sw3() {
        return sw3;
    }
}
