package org.hallkiosk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/** The reader's own status byte SW3 (protocol reference §B4), with a text a technician can act on. */
public enum SamStatus {
    OK(0x90, "operation successful"),
    NO_SUCH_ITEM(0x91, "the card has no such item"),
    CARD_FOUND(0x9F, "card found"),
    HOST_CHECKSUM_ERROR(0x10, "reader saw a checksum error in the host's frame"),
    HOST_LENGTH_ERROR(0x11, "reader saw a length error in the host's frame"),
    COMMAND_ERROR(0x21, "command error"),
    UNAUTHORISED(0x23, "unauthorised operation"),
    UNRECOGNISED_ERROR(0x24, "unrecognised error"),
    CARD_REJECTED_SAM(0x31, "card failed to authenticate the SAM"),
    SAM_REJECTED_CARD(0x32, "SAM failed to authenticate the card"),
    VERIFICATION_FAILED(0x33, "information verification failed"),
    FINGERPRINT_VERIFICATION_FAILED(0x37, "fingerprint verification error"),
    INFORMATION_LENGTH_ERROR(0x3F, "information length error"),
    UNRECOGNISED_CARD(0x40, "unrecognised card type"),
    READ_FAILED(0x41, "read failed"),
    RANDOM_FAILED(0x47, "get-random-number failed"),
    SAM_SELF_TEST_FAILED(0x60, "SAM self-test failed"),
    SAM_NOT_AUTHORISED(0x66, "SAM not authorised"),
    FIND_FAILED(0x80, "no card found"),
    SELECT_FAILED(0x81, "select card failed");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The status for a wire code, if it is one the protocol defines. */
    public static Optional<SamStatus> of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** "0x41 read failed", or "0x5A unknown status" for codes outside the table. */
    public static String describe(int code) {
        String meaning = of(code).map(SamStatus::meaning).orElse("unknown status");
        return String.format("SW3 0x%02X %s", code & 0xFF, meaning);
    }
}
