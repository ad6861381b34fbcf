package org.hallkiosk.kiosk.queue;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;
import org.hallkiosk.queue.NoShowPolicy;
import org.hallkiosk.queue.QueueSettings;

/** Reads and describes the {@code queue:} section of kiosk.yaml. */
public final class QueueSettingsSection implements ConfigSection<QueueSettings> {

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public Class<QueueSettings> type() {
        return QueueSettings.class;
    }

    @Override
    public List<String> keys() {
        return List.of("elderAge", "noShow", "requeueAfterMinutes", "requeueLimit", "appointmentMarginMinutes",
                "statusPageUrl", "dayStartsAt", "serviceSamples", "activeWindowMinutes", "returnHomeSeconds");
    }

    @Override
    public QueueSettings defaults() {
        return QueueSettings.defaults();
    }

    @Override
    public QueueSettings read(SectionValues v) {
        QueueSettings d = defaults();
        return new QueueSettings(
                v.integer("elderAge", d.elderAge(), 50, 100),
                v.get("noShow", d.noShow(), QueueSettingsSection::policy),
                v.integer("requeueAfterMinutes", d.requeueAfterMinutes(), 0, 240),
                v.integer("requeueLimit", d.requeueLimit(), 1, 10),
                v.integer("appointmentMarginMinutes", d.appointmentMarginMinutes(), 0, 120),
                v.get("statusPageUrl", d.statusPageUrl(), QueueSettingsSection::url),
                v.get("dayStartsAt", d.dayStartsAt(), QueueSettingsSection::time),
                v.integer("serviceSamples", d.serviceSamples(), 1, 500),
                v.integer("activeWindowMinutes", d.activeWindowMinutes(), 1, 600),
                v.integer("returnHomeSeconds", d.returnHomeSeconds(), 5, 120));
    }

    @Override
    public List<String> describe(QueueSettings s) {
        return List.of(
                "elderAge: " + s.elderAge(),
                "noShow: " + s.noShow().name().toLowerCase(Locale.ROOT),
                "requeueAfterMinutes: " + s.requeueAfterMinutes(),
                "requeueLimit: " + s.requeueLimit(),
                "appointmentMarginMinutes: " + s.appointmentMarginMinutes(),
                "statusPageUrl: \"" + s.statusPageUrl() + "\"",
                "dayStartsAt: \"" + s.dayStartsAt() + "\"",
                "serviceSamples: " + s.serviceSamples(),
                "activeWindowMinutes: " + s.activeWindowMinutes(),
                "returnHomeSeconds: " + s.returnHomeSeconds());
    }

    private static NoShowPolicy policy(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "void" -> NoShowPolicy.VOID;
            case "requeue" -> NoShowPolicy.REQUEUE;
            default -> throw new IllegalArgumentException("must be void (过号作废) or requeue (back in line after requeueAfterMinutes)");
        };
    }

    /** The URL goes into a QR code printed with the printer's own QR command, so it must stay short ASCII. */
    private static String url(String v) {
        if (!v.matches("https?://[\\x21-\\x7E]+") || v.length() > 80) {
            throw new IllegalArgumentException("must be an http(s) URL of at most 80 ASCII characters, e.g. https://zwfw.example.org/q/");
        }
        return v;
    }

    private static LocalTime time(String v) {
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a time of day like \"04:00\"");
        }
    }
}
