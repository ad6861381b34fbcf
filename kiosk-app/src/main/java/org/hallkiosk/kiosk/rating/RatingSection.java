package org.hallkiosk.kiosk.rating;

import java.util.List;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;
import org.hallkiosk.rating.RatingSettings;

/** Reads and describes the {@code rating:} section of kiosk.yaml (好差评 and feedback). */
public final class RatingSection implements ConfigSection<RatingSettings> {

    @Override
    public String name() {
        return "rating";
    }

    @Override
    public Class<RatingSettings> type() {
        return RatingSettings.class;
    }

    @Override
    public List<String> keys() {
        return List.of("caseWindowDays", "handleWithinDays", "hotline");
    }

    @Override
    public RatingSettings defaults() {
        return RatingSettings.defaults();
    }

    @Override
    public RatingSettings read(SectionValues v) {
        RatingSettings d = defaults();
        return new RatingSettings(v.integer("caseWindowDays", d.caseWindowDays(), 1, 90),
                v.integer("handleWithinDays", d.handleWithinDays(), 1, 90),
                v.get("hotline", d.hotline(), RatingSection::hotline));
    }

    @Override
    public List<String> describe(RatingSettings s) {
        return List.of("caseWindowDays: " + s.caseWindowDays(), "handleWithinDays: " + s.handleWithinDays(),
                "hotline: \"" + s.hotline() + "\"");
    }

    private static String hotline(String v) {
        String s = v.strip();
        if (!s.matches("[0-9][0-9 -]{2,19}")) {
            throw new IllegalArgumentException("must be a phone number of digits, spaces or dashes, e.g. \"12345\" or \"0571-12345\"");
        }
        return s;
    }
}
