package org.hallkiosk.kiosk.print.notice;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.SectionValues;

/** Reads and describes the {@code notice:} section of kiosk.yaml: the A4 notice's font and printer. */
public final class NoticeSection implements ConfigSection<NoticeSettings> {

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public Class<NoticeSettings> type() {
        return NoticeSettings.class;
    }

    @Override
    public List<String> keys() {
        return List.of("font", "a4Printer");
    }

    @Override
    public NoticeSettings defaults() {
        return NoticeSettings.defaults();
    }

    @Override
    public NoticeSettings read(SectionValues v) {
        return new NoticeSettings(
                v.get("font", Optional.empty(), NoticeSection::fontPath),
                v.get("a4Printer", Optional.empty(), s -> s.isBlank() ? Optional.empty() : Optional.of(s.strip())));
    }

    @Override
    public List<String> describe(NoticeSettings s) {
        return List.of(
                "font: \"" + s.font().map(Path::toString).orElse("") + "\"",
                "a4Printer: \"" + s.a4Printer().orElse("") + "\"");
    }

    private static Optional<Path> fontPath(String v) {
        if (v.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(v.strip());
            if (!p.isAbsolute()) {
                throw new IllegalArgumentException("must be an absolute path to a .ttf or .ttc file, e.g. "
                        + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
            }
            return Optional.of(p);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("is not a file path: " + e.getReason());
        }
    }
}
