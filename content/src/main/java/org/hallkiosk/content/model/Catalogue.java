package org.hallkiosk.content.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.content.calendar.HallCalendar;

/**
 * An immutable snapshot of everything the hall offers: hall, departments, themes, items, business lines and
 * announcements, plus the lookups the screens need. Build one with
 * {@code org.hallkiosk.content.load.CatalogueLoader}; a snapshot never changes, a reload makes a new one.
 */
public final class Catalogue {

    private final Hall hall;
    private final List<Department> departments;
    private final List<Theme> themes;
    private final List<ServiceItem> items;
    private final List<BusinessLine> lines;
    private final List<Announcement> announcements;
    private final ContentVersion version;

    private final Map<String, ServiceItem> itemsByCode;
    private final Map<String, Department> departmentsById;
    private final Map<String, BusinessLine> linesByPrefix;
    private final Map<String, BusinessLine> lineByItem;
    private final Map<String, List<ServiceItem>> itemsByDepartment;
    private final Map<String, List<ServiceItem>> itemsByLine;

    /**
     * Assembles a catalogue. The loader has already validated the content; this constructor only refuses what
     * would make the lookups wrong (duplicate keys, an item of an unknown department).
     */
    public Catalogue(Hall hall, List<Department> departments, List<Theme> themes, List<ServiceItem> items,
                     List<BusinessLine> lines, List<Announcement> announcements, ContentVersion version) {
        this.hall = Objects.requireNonNull(hall, "hall");
        this.departments = List.copyOf(departments);
        this.themes = List.copyOf(themes);
        this.items = List.copyOf(items);
        this.lines = List.copyOf(lines);
        this.announcements = List.copyOf(announcements);
        this.version = Objects.requireNonNull(version, "version");

        Map<String, Department> deps = new LinkedHashMap<>();
        for (Department d : this.departments) {
            if (deps.put(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate department id " + d.id());
            }
        }
        Map<String, ServiceItem> byCode = new HashMap<>();
        Map<String, List<ServiceItem>> byDep = new HashMap<>();
        for (ServiceItem i : this.items) {
            if (byCode.put(key(i.code()), i) != null) {
                throw new IllegalArgumentException("duplicate item code " + i.code());
            }
            if (!deps.containsKey(i.departmentId())) {
                throw new IllegalArgumentException("item " + i.code() + " has unknown department " + i.departmentId());
            }
            byDep.computeIfAbsent(i.departmentId(), k -> new ArrayList<>()).add(i);
        }
        Map<String, BusinessLine> byPrefix = new LinkedHashMap<>();
        for (BusinessLine l : this.lines) {
            if (byPrefix.put(l.prefix(), l) != null) {
                throw new IllegalArgumentException("duplicate line prefix " + l.prefix());
            }
        }
        // An item named explicitly by a line belongs to it even when another line takes the item's department.
        Map<String, BusinessLine> lineOf = new HashMap<>();
        for (BusinessLine l : this.lines) {
            for (String dep : l.departmentIds()) {
                for (ServiceItem i : byDep.getOrDefault(dep, List.of())) {
                    lineOf.putIfAbsent(key(i.code()), l);
                }
            }
        }
        for (BusinessLine l : this.lines) {
            for (String code : l.itemCodes()) {
                lineOf.put(key(code), l);
            }
        }
        Map<String, List<ServiceItem>> byLine = new HashMap<>();
        for (ServiceItem i : this.items) {
            BusinessLine l = lineOf.get(key(i.code()));
            if (l != null) {
                byLine.computeIfAbsent(l.prefix(), k -> new ArrayList<>()).add(i);
            }
        }
        this.itemsByCode = Map.copyOf(byCode);
        this.departmentsById = Collections.unmodifiableMap(deps);
        this.linesByPrefix = Collections.unmodifiableMap(byPrefix);
        this.lineByItem = Map.copyOf(lineOf);
        this.itemsByDepartment = freeze(byDep);
        this.itemsByLine = freeze(byLine);
    }

    private static Map<String, List<ServiceItem>> freeze(Map<String, List<ServiceItem>> m) {
        Map<String, List<ServiceItem>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The hall: name, address, hours, phones, portal, item types, calendar. */
    public Hall hall() {
        return hall;
    }

    /** Departments in file order. */
    public List<Department> departments() {
        return departments;
    }

    /** Theme classes of both audiences, in file order. */
    public List<Theme> themes() {
        return themes;
    }

    /** Themes of one audience, in file order. */
    public List<Theme> themes(Audience audience) {
        return themes.stream().filter(t -> t.audience() == audience).toList();
    }

    /** All items, in catalogue order (sorted by file path). */
    public List<ServiceItem> items() {
        return items;
    }

    /** Business lines in file order. */
    public List<BusinessLine> lines() {
        return lines;
    }

    /** All announcements in file order, active or not. */
    public List<Announcement> announcements() {
        return announcements;
    }

    /** Which files this snapshot came from and when. */
    public ContentVersion version() {
        return version;
    }

    /** The holiday calendar of hall.yaml. */
    public HallCalendar calendar() {
        return hall.calendar();
    }

    /** The item with this code; case does not matter. */
    public Optional<ServiceItem> item(String code) {
        return Optional.ofNullable(itemsByCode.get(key(code)));
    }

    /** The department with this id. */
    public Optional<Department> department(String id) {
        return Optional.ofNullable(departmentsById.get(id));
    }

    /** The department an item belongs to (always present in a loaded catalogue). */
    public Department departmentOf(ServiceItem item) {
        return departmentsById.get(item.departmentId());
    }

    /** Items of a department, in catalogue order. */
    public List<ServiceItem> itemsOf(Department department) {
        return itemsByDepartment.getOrDefault(department.id(), List.of());
    }

    /** Items classed under a theme, in catalogue order. */
    public List<ServiceItem> itemsOf(Theme theme) {
        return items.stream().filter(i -> i.themes().contains(theme)).toList();
    }

    /** Items that serve an audience, in catalogue order. */
    public List<ServiceItem> itemsFor(Audience audience) {
        return items.stream().filter(i -> i.serves(audience)).toList();
    }

    /** The business line with this prefix letter. */
    public Optional<BusinessLine> line(String prefix) {
        return Optional.ofNullable(linesByPrefix.get(prefix));
    }

    /** The line a visitor takes a ticket on for this item ("取号办理"); empty if no line serves it. */
    public Optional<BusinessLine> lineFor(ServiceItem item) {
        return Optional.ofNullable(lineByItem.get(key(item.code())));
    }

    /** Items a line serves: those it names plus those of the departments it names, in catalogue order. */
    public List<ServiceItem> itemsOf(BusinessLine line) {
        return itemsByLine.getOrDefault(line.prefix(), List.of());
    }

    /** Announcements to show on {@code day}, pinned ones first, otherwise in file order. */
    public List<Announcement> announcementsOn(LocalDate day) {
        List<Announcement> out = new ArrayList<>();
        announcements.stream().filter(a -> a.pinned() && a.activeOn(day)).forEach(out::add);
        announcements.stream().filter(a -> !a.pinned() && a.activeOn(day)).forEach(out::add);
        return out;
    }

    /** Consultation and complaint numbers for an item: its own, else its department's, else the hall's. */
    public Phones phonesFor(ServiceItem item) {
        return item.phones().orElse(departmentOf(item).phones()).orElse(hall.phones());
    }

    /** The item's page online: its own URL, else the portal's template filled with the item code. */
    public String onlineUrl(ServiceItem item) {
        return item.online().ownUrl().orElseGet(() -> hall.portal().itemUrl(item.code()));
    }

    /**
     * The hall's sessions on a date: none on a public holiday; on a make-up working day the sessions of the
     * hall's Monday schedule; otherwise the sessions listed for that weekday.
     */
    public List<ServiceSession> hallSessionsOn(LocalDate day) {
        HallCalendar cal = hall.calendar();
        if (cal.holidayOn(day).isPresent() && !cal.isMakeUpWorkday(day)) {
            return List.of();
        }
        DayOfWeek dow = cal.isMakeUpWorkday(day) ? DayOfWeek.MONDAY : day.getDayOfWeek();
        for (OpeningHours h : hall.openingHours()) {
            if (h.days().contains(dow)) {
                return h.sessions();
            }
        }
        return List.of();
    }

    /** A line's sessions on a date: its own sessions on days the hall is open, else the hall's. */
    public List<ServiceSession> sessionsOn(BusinessLine line, LocalDate day) {
        List<ServiceSession> hallSessions = hallSessionsOn(day);
        if (hallSessions.isEmpty() || line.sessions().isEmpty()) {
            return hallSessions;
        }
        return line.sessions();
    }

    @Override
    public String toString() {
        return "Catalogue[" + hall.name() + ", " + items.size() + " items, " + departments.size() + " departments, "
                + lines.size() + " lines, version " + version.shortDigest() + "]";
    }
}
