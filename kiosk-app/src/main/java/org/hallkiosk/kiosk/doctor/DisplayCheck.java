package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screen: a display this shell can use, or else the kiosk's own session (cage with Xwayland) running; and the
 * compositor installed. A technician usually runs doctor over SSH, where only the running session tells.
 */
public final class DisplayCheck implements DoctorCheck {

    private static final String RESTART_FIX = "sudo systemctl restart hallkiosk; if it stops again: journalctl -u hallkiosk -b";

    private final Map<String, String> env;
    private final Path proc;
    private final Path x11Sockets;
    private final List<Path> binDirs;

    /**
     * @param proc       the process table ({@code /proc})
     * @param x11Sockets where X servers put their sockets ({@code /tmp/.X11-unix})
     * @param binDirs    where cage and Xwayland are looked for
     */
    public DisplayCheck(Map<String, String> env, Path proc, Path x11Sockets, List<Path> binDirs) {
        this.env = env;
        this.proc = proc;
        this.x11Sockets = x11Sockets;
        this.binDirs = List.copyOf(binDirs);
    }

    /** The real machine's places. */
    public static DisplayCheck system(Map<String, String> env) {
        return new DisplayCheck(env, Path.of("/proc"), Path.of("/tmp/.X11-unix"),
                List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin"), Path.of("/bin")));
    }

    @Override
    public String name() {
        return "display";
    }

    @Override
    public List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        boolean cageInstalled = installed("cage");
        boolean xwaylandInstalled = installed("Xwayland");
        Optional<String> own = ownDisplay();
        if (own.isPresent()) {
            out.add(Finding.ok("display", own.get()));
        } else {
            Optional<Long> cage = process("cage");
            Optional<Long> xwayland = process("Xwayland");
            if (cage.isPresent() && xwayland.isPresent()) {
                out.add(Finding.ok("display", "kiosk session running: cage (pid " + cage.get() + ") with Xwayland (pid " + xwayland.get() + ")"));
            } else if (cage.isPresent()) {
                out.add(Finding.fail("display", "cage (pid " + cage.get() + ") runs without Xwayland; JavaFX draws through X11",
                        (xwaylandInstalled ? "" : "sudo apt-get install xwayland; ") + RESTART_FIX));
            } else {
                out.add(Finding.fail("display", "no display in this shell and no kiosk session (cage) running", RESTART_FIX));
            }
        }
        if (cageInstalled && xwaylandInstalled) {
            out.add(Finding.ok("compositor", "cage and Xwayland installed"));
        } else {
            String missing = (cageInstalled ? "" : "cage ") + (xwaylandInstalled ? "" : "xwayland");
            Finding.Status status = own.isPresent() ? Finding.Status.WARN : Finding.Status.FAIL;
            out.add(new Finding("compositor", status, "not installed: " + missing.strip()
                    + (own.isPresent() ? " (this shell has its own display; the kiosk session needs them)" : ""),
                    "sudo apt-get install " + missing.strip()));
        }
        return out;
    }

    /** A display named by this shell's environment whose socket is there. */
    private Optional<String> ownDisplay() {
        String wayland = env.getOrDefault("WAYLAND_DISPLAY", "");
        if (!wayland.isBlank()) {
            Path socket = wayland.startsWith("/") ? Path.of(wayland) : Path.of(env.getOrDefault("XDG_RUNTIME_DIR", "/run/user"), wayland);
            if (Files.exists(socket)) {
                return Optional.of("Wayland display " + wayland + " (" + socket + ")");
            }
        }
        String x = env.getOrDefault("DISPLAY", "");
        if (x.startsWith(":")) {
            String number = x.substring(1).replaceAll("\\..*", "");
            if (Files.exists(x11Sockets.resolve("X" + number))) {
                return Optional.of("X display " + x);
            }
        } else if (!x.isBlank()) {
            return Optional.of("X display " + x + " (remote; not checked)");
        }
        return Optional.empty();
    }

    private boolean installed(String program) {
        return binDirs.stream().anyMatch(d -> Files.isExecutable(d.resolve(program)));
    }

    /** The lowest pid whose command name is {@code comm}. */
    private Optional<Long> process(String comm) {
        Long found = null;
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path pid : pids) {
                try {
                    if (Files.readString(pid.resolve("comm"), StandardCharsets.UTF_8).strip().equals(comm)) {
                        long n = Long.parseLong(pid.getFileName().toString());
                        found = found == null ? n : Math.min(found, n);
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
