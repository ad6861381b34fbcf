package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data directory (queue, cases, logs): there, writable, owned by whoever runs the kiosk, closed to everyone else
 * (it holds visitors' data), with room left.
 */
public final class DataDirectoryCheck implements DoctorCheck {

    /** Below this much free space the kiosk warns; below a quarter of it, fails. */
    static final long LOW_SPACE = 200L * 1024 * 1024;

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path root;
    private final String runsAs;

    /** @param runsAs the account that should own the directory: the service account, or the user running doctor */
    public DataDirectoryCheck(Path root, String runsAs) {
        this.root = root;
        this.runsAs = runsAs;
    }

    @Override
    public String name() {
        return "data";
    }

    @Override
    public List<Finding> run() {
        if (!Files.exists(root)) {
            return List.of(Finding.warn("data directory", root + " does not exist yet (the kiosk creates it at first start)",
                    "start the kiosk once, or: sudo install -d -m 700 -o " + runsAs + " " + root));
        }
        List<Finding> out = new ArrayList<>();
        try {
            PosixFileAttributes a = Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String shown = root + " (" + a.owner().getName() + " " + PosixFilePermissions.toString(a.permissions()) + ")";
            if (!a.isDirectory()) {
                return List.of(Finding.fail("data directory", root + " is not a directory", "move it away; the kiosk recreates the directory"));
            }
            if (!Files.isWritable(root)) {
                out.add(Finding.fail("data directory", "not writable by " + System.getProperty("user.name") + ": " + shown,
                        "sudo chown -R " + runsAs + ": " + root));
            } else if (!a.owner().getName().equals(runsAs)) {
                out.add(Finding.fail("data directory", "owned by " + a.owner().getName() + ", not " + runsAs + ": " + shown,
                        "sudo chown -R " + runsAs + ": " + root));
            } else if (a.permissions().stream().anyMatch(OTHERS::contains)) {
                out.add(Finding.fail("data directory", "others may look inside: " + shown, "chmod 700 " + root));
            } else {
                out.add(Finding.ok("data directory", "writable and owner-only: " + shown));
            }
            List<String> open = openFiles();
            if (!open.isEmpty()) {
                out.add(Finding.fail("data files", "readable by others: " + String.join(", ", open),
                        "chmod -R go-rwx " + root));
            }
            out.add(space());
        } catch (IOException e) {
            out.add(Finding.fail("data directory", "cannot inspect " + root + ": " + e.getMessage(), "run doctor with sudo"));
        }
        return out;
    }

    private Finding space() {
        long free;
        try {
            free = Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            return Finding.warn("disk space", "cannot read the free space of " + root + ": " + e.getMessage(), "df -h " + root);
        }
        String freeText = free / (1024 * 1024) + " MB free";
        if (free < LOW_SPACE / 4) {
            return Finding.fail("disk space", freeText + " on " + root, "free space: sudo journalctl --vacuum-size=100M; remove old logs");
        } else if (free < LOW_SPACE) {
            return Finding.warn("disk space", freeText + " on " + root, "free space before it runs out: sudo journalctl --vacuum-size=100M");
        }
        return Finding.ok("disk space", freeText);
    }

    /** Files in the directory and its logs that group or others may read (databases, journals, logs). */
    private List<String> openFiles() throws IOException {
        List<String> open = new ArrayList<>();
        for (Path dir : List.of(root, root.resolve("logs"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            && Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS).stream().anyMatch(OTHERS::contains)) {
                        open.add(root.relativize(f).toString());
                    }
                }
            }
        }
        open.sort(null);
        return open;
    }
}
