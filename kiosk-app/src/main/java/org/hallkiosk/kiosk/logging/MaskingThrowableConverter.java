package org.hallkiosk.kiosk.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.hallkiosk.privacy.Redact;

/**
 * {@code %ex} that masks too: an exception's message, its causes' messages and everything else in the stack trace
 * pass through {@link Redact} before they are written (a driver's or a library's exception may quote a number).
 */
public final class MaskingThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Redact.text(super.convert(event));
    }
}
