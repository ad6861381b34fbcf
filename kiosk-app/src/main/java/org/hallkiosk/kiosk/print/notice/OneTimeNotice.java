package org.hallkiosk.kiosk.print.notice;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.Fee;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.OpeningHours;
import org.hallkiosk.content.model.Phones;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.ServiceSession;
import org.hallkiosk.content.model.TimeLimit;

/**
 * The one-time notice (一次性告知单) of an item: everything a visitor must bring and know, resolved from one
 * catalogue snapshot so the receipt, the A4 PDF and the detail screen all say the same thing.
 *
 * @param place     where the item is handled: the item's own place, else its department's, else the hall's address
 * @param hours     when: the item's own hours, else its line's sessions, else the hall's opening hours
 * @param phones    consultation and complaint numbers after the item → department → hall fallback
 * @param onlineUrl the item's page on the hall's portal, for the QR code
 */
public record OneTimeNotice(
        String hallName,
        String hallAddress,
        ServiceItem item,
        String departmentName,
        Optional<BusinessLine> line,
        String place,
        String hours,
        Phones phones,
        String onlineUrl,
        LocalDateTime printedAt) {

    /** The title printed at the top. */
    public static final String TITLE = "一次性告知单";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    public OneTimeNotice {
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(hallAddress, "hallAddress");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(onlineUrl, "onlineUrl");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    /** The notice of {@code item} as {@code catalogue} describes it, stamped {@code printedAt}. */
    public static OneTimeNotice of(Catalogue catalogue, ServiceItem item, LocalDateTime printedAt) {
        Department department = catalogue.departmentOf(item);
        Optional<BusinessLine> line = catalogue.lineFor(item);
        String place = item.venue().placeText()
                .or(department::placeText)
                .map(p -> p + "（" + catalogue.hall().address() + "）")
                .orElse(catalogue.hall().address());
        String hours = item.venue().hoursText()
                .or(() -> line.filter(l -> !l.sessions().isEmpty()).map(l -> "工作日 " + sessions(l.sessions())))
                .orElseGet(() -> openingHours(catalogue.hall().openingHours()));
        return new OneTimeNotice(catalogue.hall().name(), catalogue.hall().address(), item, department.name(), line,
                place, hours, catalogue.phonesFor(item), catalogue.onlineUrl(item), printedAt);
    }

    /** The hall's weekly hours as a visitor reads them: "周一至周五 08:30-12:00、14:00-17:30". */
    static String openingHours(List<OpeningHours> week) {
        List<String> parts = new ArrayList<>();
        for (OpeningHours h : week) {
            parts.add(days(h.days()) + " " + sessions(h.sessions()));
        }
        return parts.isEmpty() ? "以大厅公告为准" : String.join("；", parts);
    }

    private static String sessions(List<ServiceSession> sessions) {
        List<String> out = new ArrayList<>();
        for (ServiceSession s : sessions) {
            out.add(s.from() + "-" + s.to());
        }
        return String.join("、", out);
    }

    private static String days(java.util.Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean consecutive = sorted.size() > 2;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getValue() != sorted.get(i - 1).getValue() + 1) {
                consecutive = false;
                break;
            }
        }
        if (consecutive) {
            return name(sorted.get(0)) + "至" + name(sorted.get(sorted.size() - 1));
        }
        return String.join("、", sorted.stream().map(OneTimeNotice::name).toList());
    }

    private static String name(DayOfWeek d) {
        return WEEKDAYS[d.getValue() - 1];
    }

    /** The item's name, as the notice's subject. */
    public String itemName() {
        return item.name();
    }

    /** 承诺办结时限, e.g. "1 个工作日". */
    public String promisedText() {
        return item.timeLimits().promised().display();
    }

    /** 法定办结时限, when a law sets one. */
    public Optional<String> statutoryText() {
        return item.timeLimits().statutory().map(TimeLimit::display);
    }

    /** 到现场次数 in the words the hall uses: 零跑动, 最多跑一次, or the number of visits. */
    public String visitsText() {
        return switch (item.visits()) {
            case 0 -> "零跑动（不用到现场）";
            case 1 -> "最多跑一次";
            default -> "需到现场 " + item.visits() + " 次";
        };
    }

    /** One line per charge ("居民身份证工本费：20 元/证"), or the single line 不收费 / 收费标准请咨询窗口. */
    public List<String> feeLines() {
        if (item.fees().free()) {
            return List.of("不收费");
        }
        if (!item.fees().stated()) {
            return List.of("收费标准请咨询窗口");
        }
        List<String> out = new ArrayList<>();
        for (Fee f : item.fees().charges()) {
            out.add(f.name() + "：" + f.display() + f.conditionText().map(c -> "（" + c + "）").orElse(""));
        }
        return out;
    }

    /** The distinct legal bases of the charges (收费依据), in order of first mention. */
    public List<String> feeBases() {
        return item.fees().charges().stream().map(Fee::basis).distinct().toList();
    }

    /** Short fee summary for a header line: 不收费, the single charge, or "3 项收费". */
    public String feeSummary() {
        List<String> lines = feeLines();
        if (item.fees().charges().size() > 1) {
            return item.fees().charges().size() + " 项收费，详见收费标准";
        }
        return item.fees().charges().size() == 1 ? item.fees().charges().get(0).display() : lines.get(0);
    }

    /** "A 综合受理 1-6 号窗口" — where to queue, when a business line takes the item. */
    public Optional<String> windowsText() {
        return line.map(l -> l.prefix() + " " + l.name()
                + (l.windows().isEmpty() ? "" : " " + l.windowsDisplay().replace(",", "、") + " 号窗口"));
    }

    /** The materials in catalogue order. */
    public List<Material> materials() {
        return item.materials();
    }

    /** How one material is to be brought: "原件 1 份，复印件 1 份". */
    public static String counts(Material m) {
        String c = m.countsDisplay();
        return c.isEmpty() ? "按窗口要求提供" : c;
    }

    /** "符合此情形才需要：委托代理人办理的" for a conditional material. */
    public static Optional<String> conditionText(Material m) {
        return m.conditionText().map(c -> "符合此情形才需要：" + c);
    }

    /** The print time as printed. */
    public String printedAtText() {
        return printedAt.format(STAMP);
    }
}
