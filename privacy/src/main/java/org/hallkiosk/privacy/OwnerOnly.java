package org.hallkiosk.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only their owner may read: the data directory (0700), databases, the identity key, logs
 * and a configuration written by {@code kioskctl} (0600). A Java process cannot set its umask, so every place that
 * creates such a file asks here, and files that already exist with wider permissions are narrowed.
 *
 * <p>On a file system without POSIX permissions (not a kiosk's) the calls create the files and change nothing else.
 */
public final class OwnerOnly {

    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** rwx------ */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) with mode 0700, or narrows an existing one to 0700. */
    public static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (posix(parent)) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it first; narrowed below
            }
        }
        restrict(dir, DIRECTORY);
        return dir;
    }

    /** Creates an empty file with mode 0600 if it does not exist, or narrows an existing one to 0600. */
    public static Path file(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.exists(file)) {
            try {
                if (posix(parent)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it first; narrowed below
            }
        }
        restrict(file, FILE);
        return file;
    }

    /** Narrows {@code file} to 0600 if it exists; a missing file is fine. */
    public static void narrowIfPresent(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
    }

    /**
     * Writes {@code text} to {@code file} with mode 0600: into a new file beside it first, then renamed over it, so
     * that neither a reader nor a power cut ever sees half a file, and the content is never readable by others.
     */
    public static void writeString(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = tempFileBeside(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** True when {@code path} exists and others (not owner, not group) may read it. */
    public static boolean readableByOthers(Path path) throws IOException {
        if (!Files.exists(path) || !posix(path)) {
            return false;
        }
        return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
    }

    /** The permissions as {@code ls} shows them ({@code rw-------}), or {@code ?} where there are none. */
    public static String describe(Path path) throws IOException {
        return posix(path) ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) : "?";
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix(path) && !Files.getPosixFilePermissions(path).equals(wanted)) {
            try {
                Files.setPosixFilePermissions(path, wanted);
            } catch (java.nio.file.FileSystemException e) {
                // Only the owner may change the mode. A directory the operator set up for us under another owner
                // (e.g. root's, group-writable) stays as they made it; anything of ours that cannot be narrowed fails.
                if (Files.getOwner(path).getName().equals(System.getProperty("user.name"))) {
                    throw e;
                }
            }
        }
    }

    private static boolean posix(Path path) {
        Path p = path == null ? Path.of("").toAbsolutePath() : path;
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null
                && p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** A new, empty, uniquely named 0600 file in the directory of {@code file}, to be renamed or linked onto it. */
    public static Path tempFileBeside(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName();
        return posix(parent)
                ? Files.createTempFile(parent, prefix, ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(parent, prefix, ".tmp");
    }
}
