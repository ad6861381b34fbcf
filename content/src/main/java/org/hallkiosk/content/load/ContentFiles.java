package org.hallkiosk.content.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bytes of a content set, read completely before anything is parsed so a load never sees a directory
 * half-way through a copy twice. Keys are paths relative to the content root with forward slashes; only
 * {@code *.yaml}, {@code *.yml} and {@code schema/*.json} are read. Hidden files and editor backups are skipped.
 */
public final class ContentFiles {

    /** Classpath folder holding the bundled default content. */
    public static final String BUNDLED_ROOT = "/org/hallkiosk/content/default";

    private final String source;
    private final SortedMap<String, byte[]> files;

    ContentFiles(String source, SortedMap<String, byte[]> files) {
        this.source = Objects.requireNonNull(source, "source");
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Where the files came from, for messages and the version record. */
    public String source() {
        return source;
    }

    /** Relative path to bytes, sorted by path. */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    /** SHA-256 over paths and contents: equal digests mean equal content. */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Reads a content directory on disk. */
    public static ContentFiles readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "not a directory");
        }
        return new ContentFiles(dir.toAbsolutePath().normalize().toString(), readTree(dir));
    }

    /** Reads the content bundled in this module's jar (or classes folder). */
    public static ContentFiles readBundled() {
        try {
            return withBundledRoot(root -> new ContentFiles("(内置示例内容)", readTree(root)));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled content cannot be read", e);
        }
    }

    /**
     * Copies the bundled content into {@code target}, creating it. Refuses to overwrite existing files unless
     * {@code overwrite}; returns the relative paths written.
     */
    public static List<String> exportBundled(Path target, boolean overwrite) throws IOException {
        return withBundledRoot(root -> {
            SortedMap<String, byte[]> tree = readTree(root);
            if (!overwrite) {
                for (String rel : tree.keySet()) {
                    if (Files.exists(target.resolve(rel))) {
                        throw new java.nio.file.FileAlreadyExistsException(target.resolve(rel).toString(), null,
                                "already exists (use --force to overwrite)");
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : tree.entrySet()) {
                Path out = target.resolve(e.getKey());
                Files.createDirectories(out.getParent());
                Files.write(out, e.getValue());
            }
            return List.copyOf(tree.keySet());
        });
    }

    private interface RootAction<T> {
        T apply(Path root) throws IOException;
    }

    private static <T> T withBundledRoot(RootAction<T> action) throws IOException {
        URL url = ContentFiles.class.getResource(BUNDLED_ROOT + "/hall.yaml");
        if (url == null) {
            throw new IOException("bundled content is missing from the classpath (" + BUNDLED_ROOT + ")");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource URL " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return action.apply(fs.getPath(BUNDLED_ROOT));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
        return action.apply(Paths.get(uri).getParent());
    }

    private static SortedMap<String, byte[]> readTree(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (isContentFile(rel)) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** True for the files a load reads: YAML anywhere, JSON schemas under schema/, no hidden or backup files. */
    static boolean isContentFile(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (name.endsWith("~") || name.startsWith("#")) {
            return false;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") || (rel.startsWith("schema/") && name.endsWith(".json"));
    }
}
