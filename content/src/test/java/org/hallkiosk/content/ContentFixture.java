package org.hallkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.load.ContentFiles;
import org.hallkiosk.content.load.LoadResult;
import org.hallkiosk.content.validate.Problem;

/**
 * A writable copy of the bundled content in a temporary directory, to break one thing at a time and see what
 * the loader says. Positions are computed from the edited text so the assertions say where an operator
 * would look.
 */
public final class ContentFixture {

    /** The date the fixture's loader believes it is: inside the calendar's covered years. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final Path dir;

    private ContentFixture(Path dir) {
        this.dir = dir;
    }

    /** Exports the bundled content into {@code dir}. */
    public static ContentFixture bundledIn(Path dir) {
        try {
            ContentFiles.exportBundled(dir, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A loader whose clock says {@link #TODAY}. */
    public static CatalogueLoader loader() {
        return new CatalogueLoader(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
    }

    public LoadResult load() {
        return loader().load(dir);
    }

    public String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture write(String file, String text) {
        try {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ContentFixture writeBytes(String file, byte[] bytes) {
        try {
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ContentFixture delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code old} in {@code file}; fails the test if it is not there exactly once. */
    public ContentFixture replace(String file, String old, String replacement) {
        String text = read(file);
        int at = text.indexOf(old);
        assertThat(at).as("'%s' in %s", old, file).isNotNegative();
        assertThat(text.indexOf(old, at + 1)).as("'%s' occurs once in %s", old, file).isNegative();
        return write(file, text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    /** "line:column" (1-based) of the first occurrence of {@code needle} in {@code file}. */
    public String positionOf(String file, String needle) {
        String text = read(file);
        int at = text.indexOf(needle);
        assertThat(at).as("'%s' in %s", needle, file).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (text.codePointCount(lineStart, at) + 1);
    }

    /** The problems of a result as printed: {@code file:line:column: message}. */
    public static List<String> printed(LoadResult r) {
        return r.problems().stream().map(Problem::toString).toList();
    }
}
