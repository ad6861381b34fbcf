package org.hallkiosk.content.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.content.load.CatalogueMapper;
import org.hallkiosk.content.load.ContentDocuments;
import org.hallkiosk.content.load.ParsedFile;
import org.hallkiosk.content.load.SourcePosition;
import org.hallkiosk.content.model.ExerciseLevel;
import org.hallkiosk.content.model.TimeLimit;
import org.hallkiosk.content.model.TimeUnit;

/**
 * The rules a schema cannot express: references between files (department, theme, item type, line, item),
 * uniqueness of codes and ids, promised limits against statutory ones, fees without a basis, materials
 * without a count, the holiday calendar, and warnings that do not stop the content (an item without aliases,
 * an item no queue line serves …).
 *
 * <p>Every rule runs over whatever documents passed their schema, so one run reports everything it can.
 */
public final class CrossCheck {

    private final LocalDate today;

    /** Checks as of {@code today} (expired notices and calendar coverage depend on the date). */
    public CrossCheck(LocalDate today) {
        this.today = today;
    }

    /** All cross-file and semantic problems of {@code docs}. */
    public List<Problem> check(ContentDocuments docs) {
        List<Problem> out = new ArrayList<>();
        Optional<HallCalendar> calendar = docs.hall().map(h -> checkHall(h, out));
        Map<String, String> departments = docs.departments().map(d -> checkDepartments(d, out)).orElse(null);
        Set<String> themes = docs.themes().map(t -> checkThemes(t, out)).orElse(null);
        Set<String> itemTypes = docs.hall().map(CrossCheck::itemTypeNames).orElse(null);

        Map<String, ParsedFile> itemFiles = new LinkedHashMap<>();
        Map<String, String> implementationCodes = new HashMap<>();
        Map<String, String> basicCodes = new HashMap<>();
        for (ParsedFile f : docs.items()) {
            JsonNode n = f.root();
            String code = n.path("code").asText();
            ParsedFile first = itemFiles.putIfAbsent(code.toUpperCase(Locale.ROOT), f);
            if (first != null) {
                out.add(error(f, "/code", "事项编码 '" + code + "' 重复：" + first.file() + " 已经用了这个编码"));
            }
            unique(implementationCodes, f, "/implementationCode", "实施编码", out, true);
            unique(basicCodes, f, "/basicCode", "基本编码", out, false);
            checkItem(f, departments, themes, itemTypes, calendar.orElse(HallCalendar.weekdaysOnly()), out);
        }
        Set<String> lineIds = docs.lines().map(l -> checkLines(l, departments, docs.items(), itemFiles, docs.itemCodesSeen(), out)).orElse(null);
        docs.announcements().ifPresent(a -> checkAnnouncements(a, lineIds, out));
        out.sort(Problem.IN_FILE_ORDER);
        return out;
    }

    // ---- hall.yaml ----------------------------------------------------------------------------------------

    private HallCalendar checkHall(ParsedFile f, List<Problem> out) {
        JsonNode root = f.root();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        JsonNode types = root.path("itemTypes");
        for (int i = 0; i < types.size(); i++) {
            duplicate(codes, types.get(i).path("code").asText(), i, f, "/itemTypes/" + i + "/code", "事项类型代码", out);
            duplicate(names, types.get(i).path("name").asText(), i, f, "/itemTypes/" + i + "/name", "事项类型名称", out);
        }
        JsonNode hours = root.path("openingHours");
        Set<String> daysSeen = new HashSet<>();
        for (int i = 0; i < hours.size(); i++) {
            for (int d = 0; d < hours.get(i).path("days").size(); d++) {
                String day = hours.get(i).path("days").get(d).asText();
                if (!daysSeen.add(day)) {
                    out.add(error(f, "/openingHours/" + i + "/days/" + d, day + " 在 openingHours 里出现了两次"));
                }
            }
            checkSessions(f, "/openingHours/" + i + "/sessions", hours.get(i).path("sessions"), out);
        }
        JsonNode years = root.path("calendar");
        Map<Integer, Integer> yearsSeen = new HashMap<>();
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            String at = "/calendar/" + i;
            int year = y.path("year").asInt();
            Integer prev = yearsSeen.putIfAbsent(year, i);
            if (prev != null) {
                out.add(error(f, at + "/year", year + " 年出现了两次（第 " + (prev + 1) + " 项已有）"));
            }
            Set<LocalDate> holidayDays = new HashSet<>();
            JsonNode hs = y.path("holidays");
            for (int h = 0; h < hs.size(); h++) {
                LocalDate from = CatalogueMapper.date(hs.get(h), "from");
                LocalDate to = CatalogueMapper.date(hs.get(h), "to");
                if (from == null || to == null) {
                    continue;
                }
                if (to.isBefore(from)) {
                    out.add(error(f, at + "/holidays/" + h + "/to", "假期结束日 " + to + " 早于开始日 " + from));
                    continue;
                }
                if (from.getYear() != year && to.getYear() != year) {
                    out.add(warning(f, at + "/holidays/" + h + "/from", "假期 " + from + "～" + to + " 不在 " + year + " 年内，是否写错了年份？"));
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    holidayDays.add(d);
                }
            }
            JsonNode ws = y.path("makeUpWorkdays");
            for (int w = 0; w < ws.size(); w++) {
                Optional<LocalDate> d = CatalogueMapper.parseDate(ws.get(w).asText());
                if (d.isEmpty()) {
                    continue;
                }
                if (holidayDays.contains(d.get())) {
                    out.add(error(f, at + "/makeUpWorkdays/" + w, d.get() + " 既是放假日又是调休上班日"));
                } else if (d.get().getDayOfWeek() != DayOfWeek.SATURDAY && d.get().getDayOfWeek() != DayOfWeek.SUNDAY) {
                    out.add(warning(f, at + "/makeUpWorkdays/" + w, d.get() + " 是" + weekday(d.get())
                            + "，本来就上班；调休上班日一般是周六或周日"));
                }
            }
            if (y.path("provisional").asBoolean(false) && year <= today.getYear() + 1) {
                out.add(warning(f, at + "/provisional", year + " 年的放假安排还是暂定的（只有法定节日、没有调休）；"
                        + "国务院办公厅通知发布后请补全并删去 provisional"));
            }
        }
        if (!yearsSeen.containsKey(today.getYear())) {
            out.add(warning(f, "/calendar", "calendar 里没有今年（" + today.getYear() + "）的放假安排，工作日计算只会跳过周末"));
        }
        return CatalogueMapper.calendar(root);
    }

    private static Set<String> itemTypeNames(ParsedFile hall) {
        Set<String> names = new LinkedHashSet<>();
        hall.root().path("itemTypes").forEach(t -> names.add(t.path("name").asText()));
        return names;
    }

    // ---- departments.yaml, themes.yaml ---------------------------------------------------------------------

    private Map<String, String> checkDepartments(ParsedFile f, List<Problem> out) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Integer> idIndex = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        JsonNode deps = f.root().path("departments");
        for (int i = 0; i < deps.size(); i++) {
            String id = deps.get(i).path("id").asText();
            duplicate(idIndex, id, i, f, "/departments/" + i + "/id", "部门 id", out);
            duplicate(names, deps.get(i).path("name").asText(), i, f, "/departments/" + i + "/name", "部门名称", out);
            ids.putIfAbsent(id, deps.get(i).path("name").asText());
        }
        return ids;
    }

    private Set<String> checkThemes(ParsedFile f, List<Problem> out) {
        Set<String> keys = new LinkedHashSet<>();
        for (String audience : List.of("个人", "法人")) {
            Map<String, Integer> codes = new HashMap<>();
            Map<String, Integer> names = new HashMap<>();
            JsonNode list = f.root().path(audience);
            for (int i = 0; i < list.size(); i++) {
                String at = "/" + audience + "/" + i;
                duplicate(codes, list.get(i).path("code").asText(), i, f, at + "/code", audience + "主题代码", out);
                duplicate(names, list.get(i).path("name").asText(), i, f, at + "/name", audience + "主题名称", out);
                keys.add(audience + "/" + list.get(i).path("name").asText());
            }
        }
        return keys;
    }

    // ---- items/*.yaml --------------------------------------------------------------------------------------

    private void checkItem(ParsedFile f, Map<String, String> departments, Set<String> themes, Set<String> itemTypes,
                           HallCalendar calendar, List<Problem> out) {
        JsonNode n = f.root();
        if (itemTypes != null && !itemTypes.contains(n.path("type").asText())) {
            out.add(error(f, "/type", "未知的事项类型 '" + n.path("type").asText() + "'（hall.yaml itemTypes 里有："
                    + String.join("、", itemTypes) + "）"));
        }
        if (departments != null && !departments.containsKey(n.path("department").asText())) {
            out.add(error(f, "/department", "未知部门 '" + n.path("department").asText() + "'（departments.yaml 里的 id 有："
                    + String.join(", ", departments.keySet()) + "）"));
        }
        Set<String> audiences = new HashSet<>();
        n.path("audiences").forEach(a -> audiences.add(a.asText()));
        JsonNode ts = n.path("themes");
        for (int i = 0; i < ts.size(); i++) {
            String key = ts.get(i).asText();
            if (themes != null && !themes.contains(key)) {
                out.add(error(f, "/themes/" + i, "未知主题 '" + key + "'（themes.yaml 里没有；" + suggestTheme(key, themes) + "）"));
            } else if (!audiences.contains(key.substring(0, key.indexOf('/')))) {
                out.add(error(f, "/themes/" + i, "主题 '" + key + "' 属于" + key.substring(0, key.indexOf('/'))
                        + "，但 audiences 里没有" + key.substring(0, key.indexOf('/'))));
            }
        }
        if (ts.isEmpty()) {
            out.add(warning(f, "/themes", "事项没有主题分类，按主题浏览时找不到它"));
        }
        checkCodes(f, out);
        checkTimeLimits(f, calendar, out);
        JsonNode fees = n.path("fees");
        if (fees.isMissingNode()) {
            out.add(warning(f, "/name", "没有写收费信息（fees）：自助机会显示“收费标准请咨询窗口”；确认后写 不收费 或列出收费项目和依据"));
        }
        if (fees.isArray()) {
            for (int i = 0; i < fees.size(); i++) {
                String basis = CatalogueMapper.text(fees.get(i), "basis");
                if (basis == null) {
                    out.add(error(f, "/fees/" + i, "收费项目 '" + fees.get(i).path("name").asText()
                            + "' 没有收费依据（basis）：每项收费都要写明依据的文件名称和文号"));
                }
            }
        }
        JsonNode ms = n.path("materials");
        Map<String, Integer> materialNames = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            JsonNode m = ms.get(i);
            if (m.path("original").asInt(0) + m.path("copies").asInt(0) == 0) {
                out.add(error(f, "/materials/" + i, "材料 '" + m.path("name").asText()
                        + "' 没有份数：写 original（原件份数）和/或 copies（复印件份数），至少一项大于 0"));
            }
            Integer prev = materialNames.putIfAbsent(m.path("name").asText(), i);
            if (prev != null) {
                out.add(warning(f, "/materials/" + i + "/name", "材料 '" + m.path("name").asText() + "' 列了两次（第 "
                        + (prev + 1) + " 项已有）"));
            }
        }
        if (n.path("aliases").isEmpty()) {
            out.add(warning(f, "/name", "事项没有别名（aliases）：群众常用的叫法（如 开公司、办执照）能让搜索更容易找到它"));
        }
        if (n.path("visits").asInt() == 0 && !n.path("online").path("available").asBoolean()) {
            out.add(warning(f, "/visits", "到现场次数是 0（零跑动），但 online.available 是 false：不去现场也不能网办，请核对"));
        }
    }

    private static String suggestTheme(String key, Set<String> themes) {
        String name = key.substring(key.indexOf('/') + 1);
        List<String> close = themes.stream().filter(t -> t.endsWith("/" + name) || t.contains(name)).toList();
        return close.isEmpty() ? "写法是 个人/主题名 或 法人/主题名" : "是不是 " + String.join(" 或 ", close) + "？";
    }

    private void checkCodes(ParsedFile f, List<Problem> out) {
        String basic = CatalogueMapper.text(f.root(), "basicCode");
        String impl = CatalogueMapper.text(f.root(), "implementationCode");
        if (impl == null) {
            return;
        }
        // 实施编码 = 18-character credit code of the implementing body + level digit + basic code.
        Optional<ExerciseLevel> level = ExerciseLevel.ofLabel(f.root().path("level").asText());
        char levelDigit = impl.charAt(18);
        if (level.isPresent() && levelDigit - '0' != level.get().code()) {
            out.add(error(f, "/implementationCode", "实施编码第 19 位是层级代码 " + levelDigit + "，与 level '"
                    + level.get().label() + "'（" + level.get().code() + "）不一致"));
        }
        if (basic != null && !impl.substring(19).equals(basic)) {
            out.add(error(f, "/implementationCode", "实施编码末尾应是基本编码 " + basic + "，实际是 " + impl.substring(19)));
        }
    }

    private void checkTimeLimits(ParsedFile f, HallCalendar calendar, List<Problem> out) {
        JsonNode tl = f.root().path("timeLimits");
        Optional<TimeLimit> statutory = TimeLimit.parse(CatalogueMapper.text(tl, "statutory"), null);
        Optional<TimeLimit> promised = TimeLimit.parse(CatalogueMapper.text(tl, "promised"), null);
        if (statutory.isEmpty() || promised.isEmpty()) {
            return;
        }
        TimeLimit s = statutory.get();
        TimeLimit p = promised.get();
        String problem = null;
        if (p.unit() == TimeUnit.ON_THE_SPOT) {
            return;
        } else if (s.unit() == TimeUnit.ON_THE_SPOT) {
            problem = "法定时限是即办，承诺时限只能是即办";
        } else if (s.unit() == p.unit()) {
            if (p.amount() > s.amount()) {
                problem = "承诺时限 " + p + " 长于法定时限 " + s;
            }
        } else if (p.unit() == TimeUnit.WORKING_DAYS) {
            int span = calendar.longestSpanOf(p.amount());
            if (span > s.amount()) {
                problem = "承诺时限 " + p + " 遇到长假时最长要 " + span + " 个自然日，长于法定时限 " + s
                        + "（可改为承诺自然日，或缩短承诺）";
            }
        } else {
            int most = calendar.mostWorkingDaysWithin(p.amount());
            if (most > s.amount()) {
                problem = "承诺时限 " + p + " 最多可含 " + most + " 个工作日，长于法定时限 " + s;
            }
        }
        if (problem != null) {
            out.add(error(f, "/timeLimits/promised", problem));
        }
    }

    // ---- lines.yaml ----------------------------------------------------------------------------------------

    private Set<String> checkLines(ParsedFile f, Map<String, String> departments, List<ParsedFile> items,
                                   Map<String, ParsedFile> itemFiles, Set<String> seenCodes, List<Problem> out) {
        JsonNode lines = f.root().path("lines");
        Map<String, Integer> prefixes = new HashMap<>();
        Map<String, String> itemOwner = new HashMap<>();
        Map<String, String> departmentOwner = new HashMap<>();
        Set<String> served = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode l = lines.get(i);
            String at = "/lines/" + i;
            String prefix = l.path("prefix").asText();
            duplicate(prefixes, prefix, i, f, at + "/prefix", "业务线前缀", out);
            checkSessions(f, at + "/sessions", l.path("sessions"), out);
            if (l.has("floor") && l.path("floor").asInt() == 0) {
                out.add(error(f, at + "/floor", "没有 0 楼：地面一层写 1，地下一层写 -1"));
            }
            if (l.has("zone") && !l.has("floor")) {
                out.add(warning(f, at + "/zone", "写了区域 '" + l.path("zone").asText() + "' 但没写楼层（floor）：来访者不知道在哪一层"));
            }
            int stop = l.path("stopIssuingMinutesBefore").asInt();
            for (int s = 0; s < l.path("sessions").size(); s++) {
                Optional<long[]> span = minutes(l.path("sessions").get(s));
                if (span.isPresent() && span.get()[1] - span.get()[0] <= stop) {
                    out.add(warning(f, at + "/stopIssuingMinutesBefore", "提前 " + stop + " 分钟停止取号，但时段 "
                            + (s + 1) + " 只有 " + (span.get()[1] - span.get()[0]) + " 分钟：这个时段取不到号"));
                }
            }
            JsonNode deps = l.path("departments");
            for (int d = 0; d < deps.size(); d++) {
                String dep = deps.get(d).asText();
                if (departments != null && !departments.containsKey(dep)) {
                    out.add(error(f, at + "/departments/" + d, "未知部门 '" + dep + "'（departments.yaml 里的 id 有："
                            + String.join(", ", departments.keySet()) + "）"));
                }
                String owner = departmentOwner.putIfAbsent(dep, prefix);
                if (owner != null) {
                    out.add(error(f, at + "/departments/" + d, "部门 '" + dep + "' 已经归业务线 " + owner
                            + "，一个部门只能整体归一条线（个别事项可在 items 里单独指定）"));
                }
                for (ParsedFile item : items) {
                    if (dep.equals(item.root().path("department").asText())) {
                        served.add(item.root().path("code").asText().toUpperCase(Locale.ROOT));
                    }
                }
            }
            JsonNode codes = l.path("items");
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c).asText();
                String key = code.toUpperCase(Locale.ROOT);
                if (!itemFiles.containsKey(key) && !seenCodes.contains(key)) {
                    out.add(error(f, at + "/items/" + c, "未知事项编码 '" + code + "'：items/ 里没有这个事项"));
                }
                String owner = itemOwner.putIfAbsent(key, prefix);
                if (owner != null) {
                    out.add(error(f, at + "/items/" + c, "事项 '" + code + "' 已经写在业务线 " + owner
                            + " 里，一个事项只能归一条业务线"));
                }
                served.add(key);
            }
        }
        for (Map.Entry<String, ParsedFile> e : itemFiles.entrySet()) {
            if (!served.contains(e.getKey())) {
                out.add(warning(e.getValue(), "/code", "没有业务线受理这个事项（lines.yaml），自助机上无法从它直接取号"));
            }
        }
        return prefixes.keySet();
    }

    // ---- announcements.yaml --------------------------------------------------------------------------------

    private void checkAnnouncements(ParsedFile f, Set<String> lines, List<Problem> out) {
        JsonNode list = f.root().path("announcements");
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = "/announcements/" + i;
            duplicate(ids, a.path("id").asText(), i, f, at + "/id", "公告 id", out);
            LocalDate from = CatalogueMapper.date(a, "from");
            LocalDate until = CatalogueMapper.date(a, "until");
            if (from != null && until != null && until.isBefore(from)) {
                out.add(error(f, at + "/until", "结束日期 " + until + " 早于开始日期 " + from));
            } else if (until != null && until.isBefore(today)) {
                out.add(warning(f, at + "/until", "公告已于 " + until + " 过期，不再显示，可以删除"));
            }
            JsonNode ls = a.path("lines");
            for (int l = 0; l < ls.size(); l++) {
                if (lines != null && !lines.contains(ls.get(l).asText())) {
                    out.add(error(f, at + "/lines/" + l, "未知业务线 '" + ls.get(l).asText() + "'（lines.yaml 里有："
                            + String.join(", ", new java.util.TreeSet<>(lines)) + "）"));
                }
            }
        }
    }

    // ---- shared --------------------------------------------------------------------------------------------

    private void checkSessions(ParsedFile f, String at, JsonNode sessions, List<Problem> out) {
        long lastEnd = -1;
        for (int s = 0; s < sessions.size(); s++) {
            Optional<long[]> span = minutes(sessions.get(s));
            if (span.isEmpty()) {
                continue;
            }
            if (span.get()[1] <= span.get()[0]) {
                out.add(error(f, at + "/" + s + "/to", "时段结束时间 " + sessions.get(s).path("to").asText() + " 不晚于开始时间 "
                        + sessions.get(s).path("from").asText()));
            } else if (span.get()[0] < lastEnd) {
                out.add(error(f, at + "/" + s + "/from", "时段 " + (s + 1) + " 与前一个时段重叠或顺序颠倒"));
            }
            lastEnd = Math.max(lastEnd, span.get()[1]);
        }
    }

    private static Optional<long[]> minutes(JsonNode session) {
        try {
            LocalTime from = LocalTime.parse(session.path("from").asText());
            LocalTime to = LocalTime.parse(session.path("to").asText());
            return Optional.of(new long[] {from.toSecondOfDay() / 60, to.toSecondOfDay() / 60});
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void duplicate(Map<String, Integer> seen, String value, int index, ParsedFile f, String pointer,
                                  String what, List<Problem> out) {
        Integer prev = seen.putIfAbsent(value, index);
        if (prev != null) {
            SourcePosition first = f.valueAt(pointer.replaceFirst("/" + index + "/", "/" + prev + "/"));
            out.add(error(f, pointer, what + " '" + value + "' 重复（第 " + first.line() + " 行已有）"));
        }
    }

    private static void unique(Map<String, String> seen, ParsedFile f, String pointer, String what, List<Problem> out,
                               boolean isError) {
        String v = CatalogueMapper.text(f.root(), pointer.substring(1));
        if (v == null) {
            return;
        }
        String first = seen.putIfAbsent(v, f.file());
        if (first != null) {
            String msg = what + " '" + v + "' 与 " + first + " 相同";
            out.add(isError ? error(f, pointer, msg + "，每个事项的" + what + "必须不同") : warning(f, pointer, msg + "，请确认不是复制后忘了改"));
        }
    }

    private static String weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }

    private static Problem error(ParsedFile f, String pointer, String message) {
        SourcePosition p = f.valueAt(pointer);
        return Problem.error(f.file(), p.line(), p.column(), message);
    }

    private static Problem warning(ParsedFile f, String pointer, String message) {
        SourcePosition p = f.valueAt(pointer);
        return Problem.warning(f.file(), p.line(), p.column(), message);
    }
}
