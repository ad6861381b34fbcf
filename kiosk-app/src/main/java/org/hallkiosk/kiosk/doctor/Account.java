package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Unix account and the groups it is in, read from {@code passwd} and {@code group} files: doctor judges device and
 * data access for the account the kiosk runs as, whoever runs doctor.
 */
public record Account(String name, Set<String> groups) {

    /** The kiosk's service account, created by the package. */
    public static final String SERVICE_USER = "hallkiosk";

    public Account {
        groups = Set.copyOf(groups);
    }

    /** {@code name} as {@code etc/passwd} and {@code etc/group} describe it, or empty when it has no passwd line. */
    public static Optional<Account> lookup(String name, Path etc) throws IOException {
        Optional<String[]> user = lines(etc.resolve("passwd")).stream().map(l -> l.split(":", -1))
                .filter(f -> f.length >= 4 && f[0].equals(name)).findFirst();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String primaryGid = user.get()[3];
        Set<String> groups = new LinkedHashSet<>();
        for (String line : lines(etc.resolve("group"))) {
            String[] f = line.split(":", -1);
            if (f.length < 4) {
                continue;
            }
            if (f[2].equals(primaryGid) || List.of(f[3].split(",")).contains(name)) {
                groups.add(f[0]);
            }
        }
        return Optional.of(new Account(name, groups));
    }

    /** Whether {@code etc/group} has a group called {@code group}. */
    public static boolean groupExists(String group, Path etc) throws IOException {
        return lines(etc.resolve("group")).stream().anyMatch(l -> l.startsWith(group + ":"));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.isReadable(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    public boolean isRoot() {
        return name.equals("root");
    }

    /**
     * Whether this account may read and write a file with these attributes, by owner, group or other bits
     * (ACLs aside: the kiosk's devices get their access from udev groups, not from a login seat's ACLs).
     */
    public boolean canReadWrite(PosixFileAttributes a) {
        if (isRoot()) {
            return true;
        }
        Set<PosixFilePermission> p = a.permissions();
        if (a.owner().getName().equals(name)) {
            return p.contains(PosixFilePermission.OWNER_READ) && p.contains(PosixFilePermission.OWNER_WRITE);
        }
        if (groups.contains(a.group().getName())) {
            return p.contains(PosixFilePermission.GROUP_READ) && p.contains(PosixFilePermission.GROUP_WRITE);
        }
        return p.contains(PosixFilePermission.OTHERS_READ) && p.contains(PosixFilePermission.OTHERS_WRITE);
    }
}
