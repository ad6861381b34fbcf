package org.hallkiosk.kiosk.ui.guide;

import java.util.List;

/**
 * The {@code guide:} section of kiosk.yaml.
 *
 * @param popularSearches what the search screen offers before the visitor types, most asked first
 * @param queueButton     whether an item's page offers 取号办理 (taking a ticket for the item's business line)
 * @param qrScreenSeconds how long a 扫码带走 QR code stays before the time-out warning may cover it
 */
public record GuideSettings(List<String> popularSearches, boolean queueButton, int qrScreenSeconds) {

    public GuideSettings {
        popularSearches = List.copyOf(popularSearches);
    }

    /** What most visitors of a district hall ask for. */
    public static GuideSettings defaults() {
        return new GuideSettings(List.of("营业执照", "身份证", "社保卡", "公积金提取", "结婚登记", "不动产登记", "户口迁移", "低保"),
                true, 45);
    }
}
