package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.device.gpio.GpioSpec;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.manager.DeviceSettings;

/**
 * The kiosk's account may use its devices: it is in {@code dialout} (serial adapters) and {@code gpio}, and may read
 * and write each configured device node. Judged for the service account ({@code hallkiosk}) when it exists, whoever
 * runs doctor: root can open anything, which proves nothing about the kiosk.
 */
public final class PermissionCheck implements DoctorCheck {

    private final Path etc;
    private final String fallbackUser;
    private final Map<String, Path> nodes;

    /**
     * @param etc          where {@code passwd} and {@code group} are
     * @param fallbackUser whose access to judge when there is no service account (a development machine)
     * @param nodes        device nodes to check, by the device that uses them
     */
    public PermissionCheck(Path etc, String fallbackUser, Map<String, Path> nodes) {
        this.etc = etc;
        this.fallbackUser = fallbackUser;
        this.nodes = new LinkedHashMap<>(nodes);
    }

    /**
     * The device nodes the configured devices open: serial ports, USB printer files and, for a gpiod GPIO, every
     * {@code gpiochip} under {@code dev}.
     */
    public static Map<String, Path> nodesOf(Map<String, String> specs, Path dev) {
        Map<String, Path> out = new LinkedHashMap<>();
        specs.forEach((name, spec) -> {
            if (!DeviceSettings.fitted(spec)) {
                return;
            }
            if (name.equals("gpio")) {
                try {
                    if (GpioSpec.parse(spec).provider().equals("gpiod")) {
                        chips(dev).forEach(chip -> out.put("gpio " + chip.getFileName(), chip));
                    }
                } catch (IllegalArgumentException e) {
                    // the configuration check reports a bad spec
                }
                return;
            }
            try {
                LinkSpec link = LinkSpec.parse(spec);
                if (link instanceof LinkSpec.Serial serial) {
                    out.put(name, Path.of(serial.path()));
                } else if (link instanceof LinkSpec.File file && file.path().startsWith("/dev")) {
                    out.put(name, file.path());
                }
            } catch (IllegalArgumentException e) {
                // reported by the configuration check
            }
        });
        return out;
    }

    private static List<Path> chips(Path dev) {
        List<Path> chips = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dev, "gpiochip*")) {
            s.forEach(chips::add);
        } catch (IOException e) {
            return List.of();
        }
        chips.sort(null);
        return chips;
    }

    @Override
    public String name() {
        return "permissions";
    }

    @Override
    public List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        Account account;
        try {
            Optional<Account> service = Account.lookup(Account.SERVICE_USER, etc);
            if (service.isPresent()) {
                account = service.get();
            } else {
                account = Account.lookup(fallbackUser, etc).orElse(new Account(fallbackUser, java.util.Set.of()));
                out.add(Finding.skip("account", "no '" + Account.SERVICE_USER + "' account (not installed from the package); "
                        + "judging access for " + fallbackUser));
            }
            out.add(group(account, "dialout", "serial adapters (/dev/ttyUSB*, /dev/ttyACM*)"));
            out.add(group(account, "gpio", "/dev/gpiochip*"));
        } catch (IOException e) {
            return List.of(Finding.fail("permissions", "cannot read " + etc + "/passwd or group: " + e.getMessage(), "run doctor with sudo"));
        }
        for (Map.Entry<String, Path> node : nodes.entrySet()) {
            out.add(node(account, node.getKey(), node.getValue()));
        }
        return out;
    }

    private Finding group(Account account, String group, String what) throws IOException {
        String check = "group " + group;
        if (account.isRoot()) {
            return Finding.skip(check, "running as root");
        }
        if (!Account.groupExists(group, etc)) {
            return group.equals("gpio")
                    ? Finding.skip(check, "no gpio group on this machine (no GPIO header, or /dev/gpiochip* owned otherwise)")
                    : Finding.fail(check, "no " + group + " group on this machine", "sudo groupadd --system " + group);
        }
        if (account.groups().contains(group)) {
            return Finding.ok(check, account.name() + " is in " + group + ": " + what);
        }
        return Finding.fail(check, account.name() + " is not in " + group + ", so it cannot open " + what,
                "sudo usermod -aG " + group + " " + account.name() + " && sudo systemctl restart hallkiosk");
    }

    private static Finding node(Account account, String device, Path path) {
        String check = "access " + device;
        if (!Files.exists(path)) {
            return Finding.fail(check, path + " does not exist (unplugged, or the udev rule did not match)",
                    "plug the device in; lsusb shows its id; compare with /etc/udev/rules.d/70-hallkiosk.rules, then "
                            + "sudo udevadm control --reload && sudo udevadm trigger");
        }
        try {
            PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class);
            String shown = path + " (" + a.owner().getName() + ":" + a.group().getName() + " "
                    + PosixFilePermissions.toString(a.permissions()) + ")";
            if (account.canReadWrite(a)) {
                return Finding.ok(check, account.name() + " may read and write " + shown);
            }
            return Finding.fail(check, account.name() + " may not read and write " + shown,
                    "sudo usermod -aG " + a.group().getName() + " " + account.name()
                            + ", or give the node a group hallkiosk is in with a udev rule (docs/deploy.md)");
        } catch (IOException | UnsupportedOperationException e) {
            return Finding.warn(check, "cannot read the owner of " + path + ": " + e.getMessage(), "ls -l " + path);
        }
    }
}
