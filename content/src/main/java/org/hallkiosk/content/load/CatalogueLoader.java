package org.hallkiosk.content.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ContentVersion;
import org.hallkiosk.content.validate.CrossCheck;
import org.hallkiosk.content.validate.Problem;
import org.hallkiosk.content.validate.SchemaCheck;

/**
 * Loads and validates a content set: reads every file, parses the YAML keeping positions, checks each file
 * against its schema, then checks references and rules across files, and builds the {@link Catalogue} only
 * when there is no error. All problems are collected in one pass.
 *
 * <pre>{@code
 * Catalogue bundled = CatalogueLoader.bundled();                 // the content shipped in the jar
 * LoadResult r = new CatalogueLoader().load(Path.of("/srv/hall-content"));
 * r.problems().forEach(System.err::println);                   // file:line:column: message
 * }</pre>
 *
 * <p>A loader is immutable and thread-safe; building one parses the schemas, so keep and reuse it.
 */
public final class CatalogueLoader {

    private static final List<String> REQUIRED = List.of("hall.yaml", "departments.yaml", "themes.yaml", "lines.yaml",
            "announcements.yaml");

    private final SchemaCheck schemas = new SchemaCheck();
    private final YamlReader yaml = new YamlReader();
    private final Clock clock;

    /**
     * The zone a loader without a clock judges dates in: a hall's calendar is in China's civil time whatever zone
     * the machine is left on. The kiosk passes its configured zone instead.
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** A loader that judges dates (expired notices, calendar coverage) by the system clock in {@link #DEFAULT_ZONE}. */
    public CatalogueLoader() {
        this(Clock.system(DEFAULT_ZONE));
    }

    /** A loader that judges dates by {@code clock}: the hall's clock, or a test's. */
    public CatalogueLoader(Clock clock) {
        this.clock = clock;
    }

    /** The bundled content as a catalogue; it is tested to be valid, so failure means a broken build. */
    public static Catalogue bundled() {
        return new CatalogueLoader().loadBundled().orThrow();
    }

    /** Loads the bundled content. */
    public LoadResult loadBundled() {
        return load(ContentFiles.readBundled());
    }

    /** Loads a content directory; an unreadable directory is reported as a problem, not thrown. */
    public LoadResult load(Path dir) {
        try {
            return load(ContentFiles.readDirectory(dir));
        } catch (IOException e) {
            return new LoadResult(Optional.empty(), List.of(Problem.error(dir.toString(), 1, 1,
                    "读不了内容目录：" + (e instanceof java.nio.file.NoSuchFileException ? "目录不存在" : e.getMessage()))),
                    dir.toString());
        }
    }

    /** Loads content already read into memory. */
    public LoadResult load(ContentFiles files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> all = files.files();
        for (String required : REQUIRED) {
            if (!all.containsKey(required)) {
                problems.add(Problem.error(required, 1, 1, "缺少文件 " + required
                        + "（可以用 kioskctl content export 导出一套示例内容作为起点）"));
            }
        }
        Optional<ParsedFile> hall = Optional.empty();
        Optional<ParsedFile> departments = Optional.empty();
        Optional<ParsedFile> themes = Optional.empty();
        Optional<ParsedFile> lines = Optional.empty();
        Optional<ParsedFile> announcements = Optional.empty();
        List<ParsedFile> items = new ArrayList<>();
        Set<String> codesSeen = new HashSet<>();
        boolean complete = problems.isEmpty();
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            String rel = e.getKey();
            Optional<SchemaCheck.Kind> kind = SchemaCheck.kindOf(rel);
            if (kind.isEmpty()) {
                if (!rel.startsWith("schema/")) {
                    problems.add(Problem.warning(rel, 1, 1, "不是内容文件（事项要放在 items/ 下，扩展名 .yaml），已忽略"));
                }
                continue;
            }
            Optional<ParsedFile> parsed = yaml.read(rel, e.getValue(), problems);
            if (parsed.isEmpty()) {
                complete = false;
                continue;
            }
            if (kind.get() == SchemaCheck.Kind.ITEM && parsed.get().root().path("code").isTextual()) {
                codesSeen.add(parsed.get().root().path("code").asText().toUpperCase(Locale.ROOT));
            }
            List<Problem> shape = schemas.check(kind.get(), parsed.get());
            problems.addAll(shape);
            if (!shape.isEmpty()) {
                complete = false;
                continue;
            }
            switch (kind.get()) {
                case HALL -> hall = parsed;
                case DEPARTMENTS -> departments = parsed;
                case THEMES -> themes = parsed;
                case LINES -> lines = parsed;
                case ANNOUNCEMENTS -> announcements = parsed;
                case ITEM -> items.add(parsed.get());
            }
        }
        if (items.isEmpty() && codesSeen.isEmpty()) {
            problems.add(Problem.error("items/", 1, 1, "items/ 目录里没有事项文件"));
            complete = false;
        }
        ContentDocuments docs = new ContentDocuments(hall, departments, themes, lines, announcements, items, codesSeen,
                complete);
        LocalDate today = LocalDate.now(clock);
        problems.addAll(new CrossCheck(today).check(docs));
        problems.sort(Problem.IN_FILE_ORDER);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors || !complete) {
            return new LoadResult(Optional.empty(), problems, files.source());
        }
        ContentVersion version = new ContentVersion(files.digest(), clock.instant(), files.source(), all.size());
        return new LoadResult(Optional.of(CatalogueMapper.catalogue(docs, version)), problems, files.source());
    }
}
