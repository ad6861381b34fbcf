package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.load.ContentFiles;
import org.hallkiosk.content.load.LoadResult;
import org.hallkiosk.content.model.BusinessLine;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.content.model.Fee;
import org.hallkiosk.content.model.Material;
import org.hallkiosk.content.model.OpeningHours;
import org.hallkiosk.content.model.Phones;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.model.ServiceSession;
import org.hallkiosk.content.model.Step;
import org.hallkiosk.content.model.TimeLimit;
import org.hallkiosk.content.search.SearchHit;
import org.hallkiosk.content.search.SearchIndex;
import org.hallkiosk.content.validate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl content}: validate, inspect, search and export the hall's catalogue. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"Validate, show, search and export the hall's catalogue (办事指南内容).",
            "Without a directory the commands use contentDir from kiosk.yaml, else the bundled sample content."},
        subcommands = {
            ContentCommand.Validate.class,
            ContentCommand.Show.class,
            ContentCommand.Search.class,
            ContentCommand.Export.class,
        })
final class ContentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The directory to use: the one given, else kiosk.yaml's contentDir; empty means the bundled content. */
    static Optional<Path> directory(CommandSpec spec, Path given) throws Exception {
        if (given != null) {
            return Optional.of(given);
        }
        return KioskCtl.of(spec).config().contentDir();
    }

    /** Loads {@code dir} (or the bundled content), judging dates by the hall's clock. */
    static LoadResult load(CommandSpec spec, Optional<Path> dir) throws Exception {
        CatalogueLoader loader = new CatalogueLoader(KioskCtl.of(spec).clock());
        return dir.map(loader::load).orElseGet(loader::loadBundled);
    }

    static String describe(Optional<Path> dir) {
        return dir.map(Path::toString).orElse("bundled sample content / 内置示例内容");
    }

    /** Loads for show and search: content with errors stops the command with a pointer to validate. */
    static Catalogue catalogue(CommandSpec spec, Path given) throws Exception {
        Optional<Path> dir = directory(spec, given);
        LoadResult r = load(spec, dir);
        if (!r.isValid()) {
            throw new CommandFailure("content in " + describe(dir) + " has " + r.errors().size()
                    + " error(s); run 'kioskctl content validate" + dir.map(d -> " " + d).orElse("") + "' to see them");
        }
        return r.orThrow();
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check every content file: YAML syntax, schema, references between files and the rules",
                "(duplicate codes, promised limit longer than statutory, fee without basis, material without count ...).",
                "Prints every problem as file:line:column: message, then one summary line. Exits 1 on any error;",
                "warnings do not fail."})
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Content directory (default: contentDir from kiosk.yaml, else the bundled content).")
        Path dir;

        @Option(names = "--no-warnings", description = "Print errors only.")
        boolean noWarnings;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Optional<Path> target = directory(spec, dir);
            LoadResult r = load(spec, target);
            PrintWriter out = spec.commandLine().getOut();
            for (Problem p : r.problems()) {
                if (p.isError() || !noWarnings) {
                    out.println(p);
                }
            }
            out.flush();
            if (!r.isValid()) {
                throw new CommandFailure(r.errors().size() + " error(s) in " + describe(target)
                        + "; a kiosk watching this directory keeps its last good content until they are fixed");
            }
            Catalogue c = r.orThrow();
            out.printf("OK: %d items, %d departments, %d lines, %d warnings (%s, version %s)%n", c.items().size(),
                    c.departments().size(), c.lines().size(), r.warnings().size(), describe(target), c.version().shortDigest());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print one item with every element, as the kiosk's item page and notice use it.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "CODE", description = "Item code (case does not matter), e.g. 99010100SJ-XK-0001.")
        String code;

        @Option(names = "--dir", paramLabel = "DIR", description = "Content directory (default: contentDir from kiosk.yaml, else bundled).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Catalogue c = catalogue(spec, dir);
            ServiceItem item = c.item(code.strip()).orElseThrow(() -> new CommandFailure("no item with code '" + code
                    + "'; find codes with: kioskctl content search NAME"));
            PrintWriter out = spec.commandLine().getOut();
            print(out, c, item);
            out.flush();
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Search items the way the kiosk's search box does: Chinese, pinyin initials (yyzz), full pinyin",
                "(yingyezhizhao, ying ye) or mixed (bdc登记). Prints one result per line: code, name, department."})
    static final class Search implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What a visitor would type; several words are joined.")
        List<String> query;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print a JSON array of {code, name, department, match, matchedText}.")
        boolean json;

        @Option(names = "--dir", paramLabel = "DIR", description = "Content directory (default: contentDir from kiosk.yaml, else bundled).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (limit < 1) {
                throw new CommandFailure("--limit must be at least 1, got " + limit);
            }
            Catalogue c = catalogue(spec, dir);
            List<SearchHit> hits = SearchIndex.of(c).search(String.join(" ", query), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (SearchHit h : hits) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("code", h.item().code());
                    row.put("name", h.item().name());
                    row.put("department", h.department().name());
                    row.put("match", h.kind().name());
                    row.put("matchedText", h.matchedText());
                    rows.add(row);
                }
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                for (SearchHit h : hits) {
                    out.println(h.item().code() + "  " + h.item().name() + "  " + h.department().name());
                }
                if (hits.isEmpty()) {
                    spec.commandLine().getErr().println("no item matches '" + String.join(" ", query) + "'");
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the bundled sample content (YAML files and their JSON schemas) into DIR,",
                "as a starting point for the hall's own content."})
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Target directory; created if missing.")
        Path dir;

        @Option(names = "--force", description = "Overwrite files that already exist.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> written;
            try {
                written = ContentFiles.exportBundled(dir, force);
            } catch (FileAlreadyExistsException e) {
                throw new CommandFailure(e.getFile() + " already exists; use --force to overwrite the files of the sample set");
            } catch (IOException e) {
                throw new CommandFailure("cannot write to " + dir + ": " + e.getMessage());
            }
            spec.commandLine().getOut().printf("exported %d files to %s; edit them, then run: kioskctl content validate %s%n",
                    written.size(), dir, dir);
            return 0;
        }
    }

    // ---- the technician's view of one item ------------------------------------------------------------------

    static void print(PrintWriter out, Catalogue c, ServiceItem i) {
        Department d = c.departmentOf(i);
        out.println(i.code() + "  " + i.name());
        i.summaryText().ifPresent(s -> out.println("  " + s));
        out.println();
        field(out, "事项类型", i.type().name() + "（" + i.type().code() + "）");
        field(out, "行使层级", i.level().label());
        field(out, "基本编码", i.basicCodeValue().orElse("—"));
        field(out, "实施编码", i.implementationCodeValue().orElse("—"));
        field(out, "部门", d.name() + "（" + d.id() + "）");
        field(out, "实施主体", i.implementingBody());
        field(out, "服务对象", i.audiences().stream().map(a -> a.label()).collect(Collectors.joining("、")));
        field(out, "主题", i.themes().isEmpty() ? "—" : i.themes().stream().map(t -> t.key() + "（" + t.code() + "）")
                .collect(Collectors.joining("、")));
        Optional<BusinessLine> line = c.lineFor(i);
        field(out, "取号", line.map(l -> l.prefix() + " " + l.name() + "，窗口 " + l.windowsDisplay()).orElse("没有业务线受理"));
        list(out, "设定依据", i.legalBasis());
        list(out, "受理条件", i.conditions());
        out.println("申请材料:");
        int n = 1;
        for (Material m : i.materials()) {
            List<String> parts = new ArrayList<>();
            parts.add(m.countsDisplay());
            parts.add(m.conditionText().map(cond -> "仅当" + cond).orElse("必需"));
            m.sourceText().ifPresent(parts::add);
            m.blankFormFile().ifPresent(f -> parts.add("空白表格 " + f));
            m.sampleFile().ifPresent(f -> parts.add("示例样表 " + f));
            m.noteText().ifPresent(parts::add);
            out.println("  " + n++ + ". " + m.name() + " — " + String.join("；", parts));
        }
        if (i.materials().isEmpty()) {
            out.println("  （无）");
        }
        field(out, "办理流程", i.steps().stream().map(Step::name).collect(Collectors.joining(" → ")));
        for (Step s : i.steps()) {
            s.detailText().ifPresent(detail -> out.println("    " + s.name() + "：" + detail));
        }
        field(out, "法定时限", i.timeLimits().statutory().map(ContentCommand::limit).orElse("法律法规未规定"));
        field(out, "承诺时限", limit(i.timeLimits().promised()));
        if (i.fees().free()) {
            field(out, "收费", "不收费");
        } else if (!i.fees().stated()) {
            field(out, "收费", "未填写（自助机显示“收费标准请咨询窗口”）");
        } else {
            out.println("收费:");
            for (Fee f : i.fees().charges()) {
                out.println("  - " + f.name() + " " + f.display() + f.conditionText().map(cond -> "（" + cond + "）").orElse("")
                        + "；依据 " + f.basis());
            }
        }
        field(out, "到现场次数", i.visits() + (i.visits() == 0 ? "（零跑动）" : i.visits() == 1 ? "（最多跑一次）" : ""));
        field(out, "网上办理", i.online().available()
                ? "可以" + i.online().depthLevel().map(dep -> "，深度 " + dep).orElse("") + "，" + c.onlineUrl(i)
                : "不可以（指南页 " + c.onlineUrl(i) + "）");
        field(out, "办理地点", i.venue().placeText().orElse(d.placeText().map(p -> d.shortName() + " " + p).orElse("—")));
        field(out, "办理时间", i.venue().hoursText().orElseGet(() -> hours(c, line)));
        Phones p = c.phonesFor(i);
        field(out, "咨询电话", p.consultationNumber().orElse("—"));
        field(out, "投诉电话", p.complaintNumber().orElse("—"));
        field(out, "办理结果", i.outcome().name() + i.outcome().kindText().map(k -> "（" + k + "）").orElse("") + "，"
                + String.join("、", i.outcome().delivery()));
        field(out, "别名", i.aliases().isEmpty() ? "—" : String.join("、", i.aliases()));
        field(out, "关键词", i.keywords().isEmpty() ? "—" : String.join("、", i.keywords()));
        out.println();
        out.println("（内容版本 " + c.version().shortDigest() + "，来自 " + c.version().source() + "）");
    }

    /** The line's own sessions on the hall's open days, else the hall's weekly hours; holidays excepted. */
    private static String hours(Catalogue c, Optional<BusinessLine> line) {
        List<String> parts = new ArrayList<>();
        for (OpeningHours h : c.hall().openingHours()) {
            List<ServiceSession> sessions = line.filter(l -> !l.sessions().isEmpty()).map(BusinessLine::sessions)
                    .orElse(h.sessions());
            String days = h.days().stream().sorted().map(ContentCommand::weekday).collect(Collectors.joining("、"));
            parts.add(days + " " + sessions.stream().map(ServiceSession::toString).collect(Collectors.joining("，")));
        }
        return parts.isEmpty() ? "—" : String.join("；", parts) + "（法定节假日除外）";
    }

    private static String weekday(java.time.DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }

    private static String limit(TimeLimit t) {
        return t.display() + t.noteText().map(n -> "（" + n + "）").orElse("");
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println(name + ": " + value);
    }

    private static void list(PrintWriter out, String name, List<String> values) {
        out.println(name + ":");
        for (String v : values) {
            out.println("  - " + v);
        }
    }
}
