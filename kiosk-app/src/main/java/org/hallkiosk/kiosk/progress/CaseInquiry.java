package org.hallkiosk.kiosk.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 办件查询: what the screen and {@code kioskctl progress lookup} both do — read a receipt QR or take a typed case
 * number and query code or an ID number, ask the source, and answer in a form that needs no further checks.
 */
public final class CaseInquiry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseInquiry.class);

    /** The answer to one inquiry. */
    public sealed interface Answer {
        /** The case, or the holder's cases (newest first). */
        record Cases(List<CaseRecord> cases) implements Answer {
            public Cases {
                cases = List.copyOf(cases);
            }
        }

        /** Nothing matches the receipt (or the code is wrong). */
        record NoSuchCase() implements Answer {
        }

        /** The card holder has no cases in the source. */
        record NoCasesForHolder() implements Answer {
        }

        /** The QR code is not a receipt ("无法识别的二维码"). */
        record UnrecognisedQr(String reason) implements Answer {
        }

        /** The source cannot answer now; {@code reason} is for the technician. */
        record Unavailable(String reason) implements Answer {
        }

        /** This kiosk does not look cases up by ID card. */
        record IdCardLookupOff() implements Answer {
        }
    }

    private final CaseSource source;
    private final ReceiptQrReader qr;
    private final boolean idCardLookup;
    private final WorkingDays workingDays;
    private final Clock clock;

    public CaseInquiry(CaseSource source, ReceiptQrReader qr, boolean idCardLookup, WorkingDays workingDays, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.qr = Objects.requireNonNull(qr, "qr");
        this.idCardLookup = idCardLookup;
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A scanned receipt QR payload. */
    public Answer byQr(String payload) {
        QrReading reading = qr.read(payload);
        if (reading instanceof QrReading.Unrecognised u) {
            LOG.info("unrecognised QR code: {}", u.reason());
            return new Answer.UnrecognisedQr(u.reason());
        }
        return byReceipt(((QrReading.Recognised) reading).key());
    }

    /** A case number and query code, typed or scanned. */
    public Answer byReceipt(ReceiptKey key) {
        return answer(source.byReceipt(key), false);
    }

    /** The cases of an ID card's holder. */
    public Answer byHolder(String idNumber) {
        if (!idCardLookup) {
            return new Answer.IdCardLookupOff();
        }
        return answer(source.byHolder(idNumber), true);
    }

    private static Answer answer(CaseLookup lookup, boolean holder) {
        if (lookup instanceof CaseLookup.Found f) {
            return new Answer.Cases(f.cases());
        }
        if (lookup instanceof CaseLookup.Unavailable u) {
            return new Answer.Unavailable(u.reason());
        }
        return holder ? new Answer.NoCasesForHolder() : new Answer.NoSuchCase();
    }

    /** The case's deadline as of now. */
    public Deadline deadline(CaseRecord c) {
        return Deadline.of(c, today(), workingDays);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean idCardLookup() {
        return idCardLookup;
    }

    public CaseSource source() {
        return source;
    }

    @Override
    public void close() {
        source.close();
    }
}
