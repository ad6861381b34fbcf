package org.hallkiosk.device.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a scanner's byte stream into codes: a code ends at CR, LF or CRLF, or when the line has been idle for the
 * configured gap. Pure logic with caller-supplied times, so it is tested without a clock; not thread-safe.
 *
 * <p>Terminators are found on bytes, and text is decoded only once a code is complete, so a multi-byte
 * character split across reads is never broken (CR and LF never occur inside UTF-8 or GBK sequences).
 */
public final class ScanAssembler {

    private static final byte CR = 0x0D;
    private static final byte LF = 0x0A;

    private final ScannerSettings settings;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int overflowBytes;
    private long lastByteNanos;

    public ScanAssembler(ScannerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Takes received bytes; returns the codes they complete, in order. */
    public List<ScannerEvent> accept(byte[] data, int length, long nowNanos) {
        List<ScannerEvent> events = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            byte b = data[i];
            if (b == CR || b == LF) {
                finish().ifPresent(events::add);
            } else if (overflowBytes > 0 || pending.size() >= settings.maxCodeBytes()) {
                overflowBytes++;
            } else {
                pending.write(b);
            }
        }
        if (length > 0) {
            lastByteNanos = nowNanos;
        }
        return events;
    }

    /** Completes a code without terminator once the line has been quiet for the idle gap. */
    public Optional<ScannerEvent> idle(long nowNanos) {
        if (!hasPending() || nowNanos - lastByteNanos < settings.idleGap().toNanos()) {
            return Optional.empty();
        }
        return finish();
    }

    /** Whether bytes of an unfinished code are waiting. */
    public boolean hasPending() {
        return pending.size() > 0 || overflowBytes > 0;
    }

    /** When {@link #idle} will complete the pending code, if one is pending. */
    public long idleDeadlineNanos() {
        return lastByteNanos + settings.idleGap().toNanos();
    }

    private Optional<ScannerEvent> finish() {
        if (overflowBytes > 0) {
            int total = pending.size() + overflowBytes;
            pending.reset();
            overflowBytes = 0;
            return Optional.of(new ScannerEvent.CodeRejected("code of " + total + " bytes is longer than the "
                    + settings.maxCodeBytes() + "-byte limit; discarded"));
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        String code = decode(bytes).strip();
        return code.isEmpty() ? Optional.empty() : Optional.of(new ScannerEvent.CodeScanned(code));
    }

    private String decode(byte[] bytes) {
        try {
            return settings.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder cannot fail", e);
        }
    }
}
