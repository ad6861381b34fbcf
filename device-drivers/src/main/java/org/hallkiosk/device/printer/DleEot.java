package org.hallkiosk.device.printer;

/**
 * The real-time status exchange {@code DLE EOT n} (n = 1 printer, 2 offline cause, 3 error cause,
 * 4 roll paper) and its one-byte replies, both ways: the driver decodes, the simulator encodes.
 */
public final class DleEot {

    /** Bits 1 and 4 are always 1, bits 0 and 7 always 0 in every reply; other bytes are not status. */
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;
    /** A reply with no condition bits set; stands in for queries that were not needed. */
    public static final int NOTHING_SET = FIXED_VALUE;

    private DleEot() {
    }

    /** {@code 10 04 n}. */
    public static byte[] request(int n) {
        checkQuery(n);
        return new byte[] {0x10, 0x04, (byte) n};
    }

    /** Whether a byte has the fixed bits of a DLE EOT reply (so is not ASB or stray data). */
    public static boolean isReply(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /**
     * Decodes the four replies. A query that was not sent is passed as {@link #NOTHING_SET}.
     *
     * @throws StatusReplyException if a byte is not a DLE EOT reply
     */
    public static PrinterStatus decode(int printer, int offlineCause, int errorCause, int paper) throws StatusReplyException {
        check(1, printer);
        check(2, offlineCause);
        check(3, errorCause);
        check(4, paper);
        boolean online = (printer & 0x08) == 0;
        boolean coverOpen = (offlineCause & 0x04) != 0;
        // Vendors differ on which of bits 2/3 (near end) and 5/6 (end) they set; either counts.
        boolean nearEnd = (paper & 0x0C) != 0;
        boolean paperOut = (paper & 0x60) != 0 || (offlineCause & 0x20) != 0;
        boolean cutter = (errorCause & 0x08) != 0;
        boolean unrecoverable = (errorCause & 0x20) != 0;
        boolean autoRecoverable = (errorCause & 0x40) != 0;
        return new PrinterStatus(online, coverOpen, nearEnd, paperOut, cutter, unrecoverable, autoRecoverable);
    }

    /** Decodes a 4-byte array of replies to n = 1..4, as the simulator sends them. */
    public static PrinterStatus decode(byte[] replies) throws StatusReplyException {
        if (replies == null || replies.length != 4) {
            throw new StatusReplyException("expected 4 status replies, got " + (replies == null ? "none" : replies.length));
        }
        return decode(replies[0] & 0xFF, replies[1] & 0xFF, replies[2] & 0xFF, replies[3] & 0xFF);
    }

    /** The reply bytes a printer in this state sends to DLE EOT 1..4 (index 0 answers n = 1). */
    public static byte[] encode(PrinterStatus s) {
        boolean anyError = s.cutterError() || s.unrecoverableError() || s.autoRecoverableError();
        int printer = FIXED_VALUE | (s.online() ? 0 : 0x08);
        int offline = FIXED_VALUE | (s.coverOpen() ? 0x04 : 0) | (s.paperOut() ? 0x20 : 0) | (anyError ? 0x40 : 0);
        int error = FIXED_VALUE | (s.cutterError() ? 0x08 : 0) | (s.unrecoverableError() ? 0x20 : 0)
                | (s.autoRecoverableError() ? 0x40 : 0);
        int paper = FIXED_VALUE | (s.paperNearEnd() ? 0x0C : 0) | (s.paperOut() ? 0x60 : 0);
        return new byte[] {(byte) printer, (byte) offline, (byte) error, (byte) paper};
    }

    /** Whether the offline-cause reply says an error occurred, so that DLE EOT 3 is worth asking. */
    public static boolean offlineCauseHasError(int offlineCause) {
        return (offlineCause & 0x40) != 0;
    }

    /** Whether the printer reply says offline, so that DLE EOT 2 is worth asking. */
    public static boolean printerIsOffline(int printer) {
        return (printer & 0x08) != 0;
    }

    private static void check(int n, int b) throws StatusReplyException {
        if (b < 0 || b > 0xFF || !isReply(b)) {
            throw new StatusReplyException(String.format("0x%02X is not a reply to DLE EOT %d (fixed bits wrong)", b & 0xFFFF, n));
        }
    }

    private static void checkQuery(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4, not " + n);
        }
    }
}
