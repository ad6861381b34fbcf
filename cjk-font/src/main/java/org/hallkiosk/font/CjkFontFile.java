package org.hallkiosk.font;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One TrueType CJK font file (.ttf or .ttc): the system's, or the copy bundled with the kiosk, which lives inside a
 * jar when the kiosk runs from one. Readers that want a file use {@link #path()} and fall back to {@link #open()}.
 *
 * @param location where the bytes are: a {@code file:} URL, or a {@code jar:} URL for the bundled copy in a jar
 * @param bundled  true for the copy that ships with the kiosk
 */
public record CjkFontFile(URL location, boolean bundled) {

    public CjkFontFile {
        Objects.requireNonNull(location, "location");
    }

    /** A font file on disk (the system's, or one configured by path). */
    public static CjkFontFile at(Path file) {
        try {
            return new CjkFontFile(file.toAbsolutePath().toUri().toURL(), false);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + file, e);
        }
    }

    /** The file on disk, when the font is one (always for the system's; for the bundled copy when run from classes). */
    public Optional<Path> path() {
        if (!"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the bytes can be read now (a system file may be missing or unreadable). */
    public boolean readable() {
        return path().map(Files::isReadable).orElse(true);
    }

    /** The font's bytes from the start. */
    public InputStream open() throws IOException {
        return location.openStream();
    }

    /** For logs and {@code kioskctl}: the path, or "bundled WenQuanYi Micro Hei (…)". */
    public String describe() {
        String where = path().map(Path::toString).orElse(location.toString());
        return bundled ? "bundled " + CjkFontLookup.FAMILY + " (" + where + ")" : where;
    }

    @Override
    public String toString() {
        return describe();
    }
}
