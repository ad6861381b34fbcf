package org.hallkiosk.content.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.content.calendar.HallCalendar;

/**
 * The hall itself (hall.yaml): its name, address, weekly opening hours, phones, online portal, the item-type
 * lookup table, and the public-holiday calendar used for time-limit arithmetic.
 */
public record Hall(String name, String shortName, String address, List<OpeningHours> openingHours,
                   Phones phones, Portal portal, List<ItemType> itemTypes, HallCalendar calendar, String notice,
                   String nameEn) {

    /** A hall without an English name. */
    public Hall(String name, String shortName, String address, List<OpeningHours> openingHours, Phones phones, Portal portal,
                List<ItemType> itemTypes, HallCalendar calendar, String notice) {
        this(name, shortName, address, openingHours, phones, portal, itemTypes, calendar, notice, null);
    }

    /** The hall's name in English mode ({@code nameEn}), falling back to the Chinese name. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public Hall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(address, "address");
        openingHours = List.copyOf(openingHours);
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(portal, "portal");
        itemTypes = List.copyOf(itemTypes);
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The item type with this name (行政许可 …), if the table has it. */
    public Optional<ItemType> itemType(String typeName) {
        return itemTypes.stream().filter(t -> t.name().equals(typeName)).findFirst();
    }

    /** A standing remark shown under the opening hours (e.g. about 延时服务), if any. */
    public Optional<String> noticeText() {
        return Optional.ofNullable(notice);
    }
}
