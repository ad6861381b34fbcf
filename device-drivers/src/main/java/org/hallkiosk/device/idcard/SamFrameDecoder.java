package org.hallkiosk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds SAM frames in a byte stream that arrives in arbitrary pieces, skipping line noise before a preamble.
 *
 * <p>A corrupt frame is reported once as a {@link SamProtocolException}; only its preamble is dropped, so a good
 * frame hidden behind a damaged length field is still found. Not thread-safe: one decoder per reading thread.
 */
public final class SamFrameDecoder {

    private byte[] buffer = new byte[512];
    private int size;
    private long noiseBytes;

    /** Appends received bytes. */
    public void feed(byte[] data, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(data, offset, buffer, size, length);
        size += length;
    }

    /**
     * The body of the next complete frame, or empty when more bytes are needed.
     *
     * @throws SamProtocolException for a frame with a bad length or checksum; the decoder has already moved past
     *     it, so the next call continues with the following bytes
     */
    public Optional<byte[]> next() throws SamProtocolException {
        int start = findPreamble();
        if (start < 0) {
            keepPossiblePreambleStart();
            return Optional.empty();
        }
        if (start > 0) {
            noiseBytes += start;
            consume(start);
        }
        if (size < SamFrameCodec.HEADER_SIZE) {
            return Optional.empty();
        }
        int length = SamFrameCodec.lengthAt(buffer, SamFrameCodec.PREAMBLE.length);
        try {
            SamFrameCodec.checkLength(length);
            if (size < SamFrameCodec.HEADER_SIZE + length) {
                return Optional.empty();
            }
            SamFrameCodec.checkChecksum(buffer, 0, length);
        } catch (SamProtocolException e) {
            consume(SamFrameCodec.PREAMBLE.length);
            throw e;
        }
        byte[] body = Arrays.copyOfRange(buffer, SamFrameCodec.HEADER_SIZE, SamFrameCodec.HEADER_SIZE + length - 1);
        consume(SamFrameCodec.HEADER_SIZE + length);
        return Optional.of(body);
    }

    /** Drops everything buffered, e.g. before sending a new command after a timeout. */
    public void reset() {
        size = 0;
    }

    /** Bytes buffered but not yet part of a returned frame. */
    public int buffered() {
        return size;
    }

    /** Noise bytes skipped so far while looking for a preamble (for diagnostics). */
    public long noiseBytes() {
        return noiseBytes;
    }

    private int findPreamble() {
        int last = size - SamFrameCodec.PREAMBLE.length;
        for (int i = 0; i <= last; i++) {
            if (SamFrameCodec.startsWithPreamble(buffer, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps only the longest tail that could be the beginning of a preamble split across reads. */
    private void keepPossiblePreambleStart() {
        int keep = Math.min(size, SamFrameCodec.PREAMBLE.length - 1);
        while (keep > 0 && !isPreamblePrefix(size - keep, keep)) {
            keep--;
        }
        noiseBytes += size - keep;
        consume(size - keep);
    }

    private boolean isPreamblePrefix(int offset, int count) {
        for (int i = 0; i < count; i++) {
            if (buffer[offset + i] != SamFrameCodec.PREAMBLE[i]) {
                return false;
            }
        }
        return true;
    }

    private void consume(int count) {
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }
}
