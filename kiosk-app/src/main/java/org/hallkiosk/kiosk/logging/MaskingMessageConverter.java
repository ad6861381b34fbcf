package org.hallkiosk.kiosk.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.privacy.Mask;

/**
 * The log's last line of defence: any 18-character resident ID number that reached a message is masked
 * before it is written, even if the code that logged it forgot to.
 */
public final class MaskingMessageConverter extends MessageConverter {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

    @Override
    public String convert(ILoggingEvent event) {
        return maskIdNumbers(super.convert(event));
    }

    /** Masks every ID-number-shaped run of characters in {@code text}. */
    public static String maskIdNumbers(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ID_NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(Mask.idNumber(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
