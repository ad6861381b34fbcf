package org.hallkiosk.kiosk.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.hallkiosk.privacy.Redact;

/**
 * The log's last line of defence for {@code %msg}: every identity-document number and mobile number that reached a
 * message is masked before it is written, even if the code that logged it forgot to (see {@link Redact}).
 */
public final class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Redact.text(super.convert(event));
    }

    /** Masks every identity number in {@code text}. */
    public static String maskIdNumbers(String text) {
        return Redact.text(text);
    }
}
