package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.doctor.Account;
import org.hallkiosk.kiosk.doctor.ClockCheck;
import org.hallkiosk.kiosk.doctor.Commands;
import org.hallkiosk.kiosk.doctor.DataDirectoryCheck;
import org.hallkiosk.kiosk.doctor.DeviceCheck;
import org.hallkiosk.kiosk.doctor.DisplayCheck;
import org.hallkiosk.kiosk.doctor.Doctor;
import org.hallkiosk.kiosk.doctor.DoctorCheck;
import org.hallkiosk.kiosk.doctor.Finding;
import org.hallkiosk.kiosk.doctor.FindingTable;
import org.hallkiosk.kiosk.doctor.FontCheck;
import org.hallkiosk.kiosk.doctor.HallServerCheck;
import org.hallkiosk.kiosk.doctor.PermissionCheck;
import org.hallkiosk.kiosk.doctor.ServiceCheck;
import org.hallkiosk.kiosk.time.HallClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl doctor}: everything a kiosk needs, checked in one go on site, each problem with its fix. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check everything the kiosk needs: configuration, service, display and compositor, CJK font,",
            "devices present and answering, permissions, data directory, clock and time zone, hall server.",
            "Prints a table with the fix for each problem. Exits 1 when a check FAILs (warnings do not).",
            "Run it as root (sudo): it judges access for the kiosk's own account."})
final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Where the OS keeps what the checks read (the checks themselves are tested on directories of their own). */
    record Places(Path etc, Path dev, Path proc, Path x11Sockets, List<Path> binDirs, boolean systemdRunning, Commands commands) {
        static Places system() {
            return new Places(Path.of("/etc"), Path.of("/dev"), Path.of("/proc"), Path.of("/tmp/.X11-unix"),
                    List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin"), Path.of("/bin")),
                    Files.isDirectory(Path.of("/run/systemd/system")), Commands.system(Duration.ofSeconds(5)));
        }
    }

    private final Places places = Places.system();

    @Override
    public Integer call() throws Exception {
        KioskCtl ctl = KioskCtl.of(spec);
        List<Finding> first = new ArrayList<>();
        first.add(Finding.ok("version", "HallKiosk " + KioskCtl.version() + " on Java " + Runtime.version()));
        Optional<KioskConfig> config;
        Optional<Path> source = Optional.empty();
        try {
            source = ctl.configSource();
            config = Optional.of(ctl.config());
            first.add(Finding.ok("config", source.map(p -> "read " + p).orElse("no kiosk.yaml: built-in defaults (simulated devices)")));
        } catch (ConfigException e) {
            config = Optional.empty();
            first.add(Finding.fail("config", e.getMessage().replace('\n', ' '),
                    "correct the lines named, then: kioskctl config show"));
        }
        List<Finding> all = new ArrayList<>(first);
        all.addAll(new Doctor(checks(ctl, config, source)).run().findings());
        Doctor.Report report = new Doctor.Report(all);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", report.ok());
            doc.put("counts", report.counts());
            doc.put("checks", report.findings());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            out.print(FindingTable.render(report));
        }
        out.flush();
        return report.ok() ? 0 : 1;
    }

    /** The checks, in the order a technician walks the kiosk; a new part of the kiosk adds its own here. */
    private List<DoctorCheck> checks(KioskCtl ctl, Optional<KioskConfig> config, Optional<Path> source) throws Exception {
        String runsAs = Account.lookup(Account.SERVICE_USER, places.etc()).isPresent()
                ? Account.SERVICE_USER : System.getProperty("user.name");
        ZoneId zone = config.map(KioskConfig::timeZone).orElse(KioskConfig.DEFAULT_TIME_ZONE);
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(new ServiceCheck(places.systemdRunning(), places.commands()));
        checks.add(new DisplayCheck(ctl.env(), places.proc(), places.x11Sockets(), places.binDirs()));
        checks.add(FontCheck.receiptFont());
        if (config.isPresent()) {
            Map<String, String> specs = ConfiguredDevices.specs(config.get());
            checks.add(new DeviceCheck(ConfiguredDevices.settings(config.get()), specs));
            checks.add(new PermissionCheck(places.etc(), System.getProperty("user.name"), PermissionCheck.nodesOf(specs, places.dev())));
        }
        checks.add(new DataDirectoryCheck(ctl.dataDirectory().root(), runsAs));
        checks.add(new ClockCheck(HallClock.of(zone, ctl.env()), ZoneId.systemDefault(), places.commands()));
        if (config.isPresent()) {
            checks.add(new HallServerCheck(hallUrl(source), Duration.ofSeconds(5)));
        }
        return checks;
    }

    /** {@code queue.hall.url} as written, when the file sets it (the hall-queue settings own the key). */
    private static Optional<URI> hallUrl(Optional<Path> source) throws ConfigException {
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> raw = ConfigLoader.rawValue(source.get(), HallServerCheck.URL_KEY);
        try {
            return raw.map(URI::create);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(HallServerCheck.URL_KEY + " is not a URL: " + raw.get());
        }
    }
}
