package org.hallkiosk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/** The SAM commands the kiosk sends (protocol reference §B3), each with the SW3 that means success. */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF, 0x90, "reset SAM"),
    SAM_STATUS(0x11, 0xFF, 0x90, "SAM status check"),
    READ_SAM_ID(0x12, 0xFF, 0x90, "read SAM ID"),
    FIND_CARD(0x20, 0x01, 0x9F, "find card"),
    SELECT_CARD(0x20, 0x02, 0x90, "select card"),
    READ_TEXT_PHOTO(0x30, 0x01, 0x90, "read card text and photo"),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10, 0x90, "read card text, photo and fingerprint");

    private final int cmd;
    private final int para;
    private final int successSw3;
    private final String description;

    SamCommand(int cmd, int para, int successSw3, String description) {
        this.cmd = cmd;
        this.para = para;
        this.successSw3 = successSw3;
        this.description = description;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    public int successSw3() {
        return successSw3;
    }

    public String description() {
        return description;
    }

    /** The frame body: CMD PARA. */
    public byte[] body() {
        return new byte[] {(byte) cmd, (byte) para};
    }

    /** The complete frame as it goes on the wire, e.g. {@code AA AA AA 96 69 00 03 20 01 22}. */
    public byte[] frame() {
        return SamFrameCodec.encode(body());
    }

    /** The command a received frame body carries, if the kiosk knows it. */
    public static Optional<SamCommand> of(byte[] body) {
        if (body.length < 2) {
            return Optional.empty();
        }
        int c = body[0] & 0xFF;
        int p = body[1] & 0xFF;
        return Arrays.stream(values()).filter(s -> s.cmd == c && s.para == p).findFirst();
    }
}
