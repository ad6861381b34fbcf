package org.hallkiosk.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.content.calendar.CalendarYear;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.content.calendar.PublicHoliday;
import org.hallkiosk.content.model.Announcement;
import org.hallkiosk.content.model.Audience;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ContentVersion;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.ExerciseLevel;
import org.hallkiosk.content.model.Fee;
import org.hallkiosk.content.model.Fees;
import org.hallkiosk.content.model.Hall;
import org.hallkiosk.content.model.ItemType;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.Online;
import org.hallkiosk.content.model.OpeningHours;
import org.hallkiosk.content.model.Outcome;
import org.hallkiosk.content.model.Phones;
import org.hallkiosk.content.model.Portal;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.ServiceSession;
import org.hallkiosk.content.model.Step;
import org.hallkiosk.content.model.Theme;
import org.hallkiosk.content.model.TimeLimit;
import org.hallkiosk.content.model.TimeLimits;
import org.hallkiosk.content.model.Venue;

/**
 * Turns schema-valid, cross-checked documents into the immutable model. Every rule is enforced before this
 * runs, so anything unexpected here is a bug in the checks and surfaces as an exception, not as bad data.
 */
public final class CatalogueMapper {

    private CatalogueMapper() {
    }

    /** Builds the catalogue from complete, valid documents. */
    public static Catalogue catalogue(ContentDocuments docs, ContentVersion version) {
        JsonNode hallNode = docs.hall().orElseThrow().root();
        Hall hall = hall(hallNode);
        List<Department> departments = new ArrayList<>();
        for (JsonNode d : docs.departments().orElseThrow().root().path("departments")) {
            departments.add(new Department(text(d, "id"), text(d, "name"), text(d, "shortName"), text(d, "place"),
                    phones(d.path("phones")), text(d, "description")));
        }
        List<Theme> themes = themes(docs.themes().orElseThrow().root());
        Map<String, Theme> themeByKey = new LinkedHashMap<>();
        themes.forEach(t -> themeByKey.put(t.key(), t));
        List<ServiceItem> items = new ArrayList<>();
        for (ParsedFile f : docs.items()) {
            items.add(item(f.root(), hall, themeByKey));
        }
        List<BusinessLine> lines = new ArrayList<>();
        for (JsonNode l : docs.lines().orElseThrow().root().path("lines")) {
            lines.add(new BusinessLine(text(l, "prefix"), text(l, "name"), ints(l.path("windows")),
                    sessions(l.path("sessions")), l.path("stopIssuingMinutesBefore").asInt(),
                    l.path("dailyQuota").asInt(), l.path("averageMinutes").asInt(), strings(l.path("items")),
                    strings(l.path("departments")), text(l, "note"), text(l, "nameEn"), text(l, "noteEn"),
                    l.hasNonNull("floor") ? Integer.valueOf(l.path("floor").asInt()) : null, text(l, "zone")));
        }
        List<Announcement> announcements = new ArrayList<>();
        for (JsonNode a : docs.announcements().orElseThrow().root().path("announcements")) {
            announcements.add(new Announcement(text(a, "id"), text(a, "title"), text(a, "body").strip(),
                    date(a, "from"), date(a, "until"), strings(a.path("lines")), a.path("pinned").asBoolean(false)));
        }
        return new Catalogue(hall, departments, themes, items, lines, announcements, version);
    }

    /** The hall record of hall.yaml. */
    public static Hall hall(JsonNode n) {
        List<OpeningHours> hours = new ArrayList<>();
        for (JsonNode h : n.path("openingHours")) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (JsonNode d : h.path("days")) {
                days.add(dayOfWeek(d.asText()));
            }
            hours.add(new OpeningHours(days, sessions(h.path("sessions"))));
        }
        List<ItemType> types = new ArrayList<>();
        for (JsonNode t : n.path("itemTypes")) {
            types.add(new ItemType(text(t, "code"), text(t, "name")));
        }
        JsonNode portal = n.path("portal");
        return new Hall(text(n, "name"), text(n, "shortName"), text(n, "address"), hours, phones(n.path("phones")),
                new Portal(text(portal, "baseUrl"), text(portal, "itemUrlTemplate"), text(portal, "bookingUrl")), types,
                calendar(n), text(n, "notice"), text(n, "nameEn"));
    }

    /** The holiday calendar of a hall.yaml tree. */
    public static HallCalendar calendar(JsonNode hallRoot) {
        List<CalendarYear> years = new ArrayList<>();
        for (JsonNode y : hallRoot.path("calendar")) {
            List<PublicHoliday> holidays = new ArrayList<>();
            for (JsonNode h : y.path("holidays")) {
                LocalDate from = date(h, "from");
                LocalDate to = date(h, "to");
                if (from != null && to != null && !to.isBefore(from)) {
                    holidays.add(new PublicHoliday(text(h, "name"), from, to));
                }
            }
            List<LocalDate> workdays = new ArrayList<>();
            for (JsonNode d : y.path("makeUpWorkdays")) {
                parseDate(d.asText()).ifPresent(workdays::add);
            }
            years.add(new CalendarYear(y.path("year").asInt(), holidays, workdays, y.path("provisional").asBoolean(false),
                    text(y, "source")));
        }
        return new HallCalendar(years);
    }

    /** Themes of themes.yaml, 个人 first. */
    public static List<Theme> themes(JsonNode root) {
        List<Theme> out = new ArrayList<>();
        for (Audience a : Audience.values()) {
            for (JsonNode t : root.path(a.label())) {
                out.add(new Theme(a, text(t, "code"), text(t, "name")));
            }
        }
        return out;
    }

    private static ServiceItem item(JsonNode n, Hall hall, Map<String, Theme> themes) {
        List<Audience> audiences = new ArrayList<>();
        for (JsonNode a : n.path("audiences")) {
            audiences.add(Audience.ofLabel(a.asText()).orElseThrow());
        }
        List<Theme> itemThemes = new ArrayList<>();
        for (JsonNode t : n.path("themes")) {
            itemThemes.add(java.util.Objects.requireNonNull(themes.get(t.asText()), t.asText()));
        }
        List<Material> materials = new ArrayList<>();
        for (JsonNode m : n.path("materials")) {
            materials.add(new Material(text(m, "name"), m.path("original").asInt(0), m.path("copies").asInt(0),
                    text(m, "condition"), text(m, "source"), text(m, "blankForm"), text(m, "sample"), text(m, "note")));
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            steps.add(new Step(text(s, "name"), text(s, "detail")));
        }
        JsonNode tl = n.path("timeLimits");
        TimeLimits limits = new TimeLimits(
                TimeLimit.parse(text(tl, "statutory"), text(tl, "statutoryNote")),
                TimeLimit.parse(text(tl, "promised"), text(tl, "promisedNote")).orElseThrow());
        JsonNode online = n.path("online");
        JsonNode where = n.path("where");
        JsonNode result = n.path("result");
        return new ServiceItem(text(n, "code"), text(n, "name"), text(n, "basicCode"), text(n, "implementationCode"),
                hall.itemType(text(n, "type")).orElseThrow(), ExerciseLevel.ofLabel(text(n, "level")).orElseThrow(),
                text(n, "department"), text(n, "implementingBody"), audiences, itemThemes,
                strings(n.path("legalBasis")), strings(n.path("conditions")), materials, steps, limits, fees(n.path("fees")),
                n.path("visits").asInt(), new Online(online.path("available").asBoolean(), text(online, "depth"),
                        text(online, "url")),
                new Venue(text(where, "place"), text(where, "hours")), phones(n.path("phones")),
                new Outcome(text(result, "name"), text(result, "kind"), strings(result.path("delivery"))),
                strings(n.path("aliases")), strings(n.path("keywords")), text(n, "summary"));
    }

    private static Fees fees(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return Fees.notStated();
        }
        if (n.isTextual()) {
            return Fees.none();
        }
        List<Fee> fees = new ArrayList<>();
        for (JsonNode f : n) {
            fees.add(new Fee(text(f, "name"), new BigDecimal(f.path("amount").asText()), text(f, "unit"),
                    text(f, "basis"), text(f, "condition")));
        }
        return Fees.of(fees);
    }

    private static Phones phones(JsonNode n) {
        return n.isMissingNode() ? Phones.none() : new Phones(text(n, "consultation"), text(n, "complaint"));
    }

    /** Sessions of a list of {from, to}; empty for a missing node. */
    public static List<ServiceSession> sessions(JsonNode n) {
        List<ServiceSession> out = new ArrayList<>();
        for (JsonNode s : n) {
            out.add(new ServiceSession(LocalTime.parse(text(s, "from")), LocalTime.parse(text(s, "to"))));
        }
        return out;
    }

    /** The weekday named 周一 … 周日. */
    public static DayOfWeek dayOfWeek(String name) {
        return switch (name) {
            case "周一" -> DayOfWeek.MONDAY;
            case "周二" -> DayOfWeek.TUESDAY;
            case "周三" -> DayOfWeek.WEDNESDAY;
            case "周四" -> DayOfWeek.THURSDAY;
            case "周五" -> DayOfWeek.FRIDAY;
            case "周六" -> DayOfWeek.SATURDAY;
            case "周日" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a weekday name: " + name);
        };
    }

    /** A field's text with surrounding blanks removed, or null when absent. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A date field, or null when absent or not a date. */
    public static LocalDate date(JsonNode n, String field) {
        return parseDate(text(n, field)).orElse(null);
    }

    /** Parses an ISO date leniently: empty for null or a date that does not exist. */
    public static Optional<LocalDate> parseDate(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The texts of a list node (blank entries dropped). */
    public static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            String s = v.asText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Integer> ints(JsonNode n) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : n) {
            out.add(v.asInt());
        }
        return out;
    }
}
