package org.hallkiosk.content.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue business line (业务线): tickets are numbered with its prefix letter (A001), called to its windows,
 * issued during its sessions until {@code stopIssuingMinutesBefore} minutes before each session ends, and
 * at most {@code dailyQuota} a day. It serves the items listed by code plus every item of the listed
 * departments; {@link Catalogue#itemsOf(BusinessLine)} gives the resolved set.
 *
 * @param sessions       the line's own sessions; empty means the hall's sessions
 * @param averageMinutes average minutes a window spends per visitor, for the estimated wait
 * @param nameEn         the name in English mode (null: the Chinese name)
 * @param noteEn         the note in English mode (null: the Chinese note)
 * @param floor          the floor its windows are on (null: not said), e.g. 2 for 2 楼 / Floor 2
 * @param zone           the area of that floor, e.g. "B" for B 区 / Zone B (null: not said)
 */
public record BusinessLine(
        String prefix,
        String name,
        List<Integer> windows,
        List<ServiceSession> sessions,
        int stopIssuingMinutesBefore,
        int dailyQuota,
        int averageMinutes,
        List<String> itemCodes,
        List<String> departmentIds,
        String note,
        String nameEn,
        String noteEn,
        Integer floor,
        String zone) {

    public BusinessLine {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(name, "name");
        windows = List.copyOf(windows);
        sessions = List.copyOf(sessions);
        itemCodes = List.copyOf(itemCodes);
        departmentIds = List.copyOf(departmentIds);
    }

    /** The name to show: English when asked and given, else the Chinese name. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** The note to show, English when asked and given, else the Chinese note, if any. */
    public Optional<String> noteText(boolean english) {
        return english && noteEn != null && !noteEn.isBlank() ? Optional.of(noteEn) : noteText();
    }

    /** Where the windows are, if the content says: floor and zone. */
    public Optional<Integer> floorNumber() {
        return Optional.ofNullable(floor);
    }

    public Optional<String> zoneName() {
        return Optional.ofNullable(zone).filter(z -> !z.isBlank());
    }

    /** A remark printed on the ticket or shown on the line's tile, if any. */
    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    /** "12-15" for consecutive windows, "3,5,9" otherwise — as a ticket prints it. */
    public String windowsDisplay() {
        if (windows.isEmpty()) {
            return "";
        }
        boolean consecutive = true;
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i) != windows.get(i - 1) + 1) {
                consecutive = false;
                break;
            }
        }
        if (consecutive && windows.size() > 1) {
            return windows.get(0) + "-" + windows.get(windows.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int w : windows) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
