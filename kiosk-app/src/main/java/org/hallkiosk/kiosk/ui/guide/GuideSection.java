package org.hallkiosk.kiosk.ui.guide;

import java.util.Arrays;
import java.util.List;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;

/** Reads and describes the {@code guide:} section of kiosk.yaml. */
public final class GuideSection implements ConfigSection<GuideSettings> {

    @Override
    public String name() {
        return "guide";
    }

    @Override
    public Class<GuideSettings> type() {
        return GuideSettings.class;
    }

    @Override
    public List<String> keys() {
        return List.of("popularSearches", "queueButton", "qrScreenSeconds");
    }

    @Override
    public GuideSettings defaults() {
        return GuideSettings.defaults();
    }

    @Override
    public GuideSettings read(SectionValues v) {
        GuideSettings d = defaults();
        return new GuideSettings(v.get("popularSearches", d.popularSearches(), GuideSection::terms),
                v.bool("queueButton", d.queueButton()), v.integer("qrScreenSeconds", d.qrScreenSeconds(), 10, 300));
    }

    @Override
    public List<String> describe(GuideSettings s) {
        return List.of("popularSearches: \"" + String.join(", ", s.popularSearches()) + "\"",
                "queueButton: " + s.queueButton(), "qrScreenSeconds: " + s.qrScreenSeconds());
    }

    /** "营业执照, 身份证、社保卡" — commas (either width) or 、 between terms. */
    static List<String> terms(String v) {
        List<String> out = Arrays.stream(v.split("[,，、]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (out.size() > 12) {
            throw new IllegalArgumentException("at most 12 popular searches fit on the screen, not " + out.size());
        }
        for (String t : out) {
            if (t.length() > 12) {
                throw new IllegalArgumentException("'" + t + "' is too long for a search button (at most 12 characters)");
            }
        }
        return out;
    }
}
