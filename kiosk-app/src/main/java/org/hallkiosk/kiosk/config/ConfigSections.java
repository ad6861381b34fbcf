package org.hallkiosk.kiosk.config;

import java.util.List;

/** The feature sections {@code kiosk.yaml} accepts besides the core keys; a feature adds its section here. */
public final class ConfigSections {

    /** Every section, in the order {@code config show} prints them. */
    public static final List<ConfigSection<?>> ALL = List.of(
            new org.hallkiosk.kiosk.queue.QueueSettingsSection(),
            new org.hallkiosk.kiosk.hall.QueueModeSection(),
            new org.hallkiosk.kiosk.hall.HallSettingsSection(),
            new org.hallkiosk.kiosk.progress.ProgressSection(),
            new org.hallkiosk.kiosk.print.notice.NoticeSection(),
            new org.hallkiosk.kiosk.ui.guide.GuideSection(),
            new org.hallkiosk.kiosk.rating.RatingSection());

    private ConfigSections() {
    }
}
