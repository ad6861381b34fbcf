package org.hallkiosk.device.printer;

/** How a printer cuts (GS V forms); models differ in which forms they accept and what they do. */
public enum CutStyle {
    /** {@code GS V 66 0}: feed to the cutter, partial cut. The most widely accepted form. */
    FEED_PARTIAL(new byte[] {0x1D, 0x56, 0x42, 0x00}),
    /** {@code GS V 65 0}: feed to the cutter, full cut. */
    FEED_FULL(new byte[] {0x1D, 0x56, 0x41, 0x00}),
    /** {@code GS V 1}: partial cut where the paper is; the caller must have fed past the head. */
    PARTIAL(new byte[] {0x1D, 0x56, 0x01}),
    /** {@code GS V 0}: full cut where the paper is. */
    FULL(new byte[] {0x1D, 0x56, 0x00}),
    /** No cutter: feed four lines to the tear bar ({@code ESC d 4}). */
    TEAR_OFF(new byte[] {0x1B, 0x64, 0x04});

    private final byte[] bytes;

    CutStyle(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The command bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
