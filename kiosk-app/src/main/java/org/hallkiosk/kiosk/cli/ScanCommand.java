package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.device.link.LinkSpecException;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.scanner.ScannerDevice;
import org.hallkiosk.device.scanner.ScannerEvent;
import org.hallkiosk.device.scanner.ScannerKind;
import org.hallkiosk.device.scanner.ScannerSettings;
import org.hallkiosk.device.scanner.ScannerSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl devices scan}: prints each scanned code on its own line, exactly as scanned. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Wait for codes from the serial scanner and print each on its own line, exactly as scanned.",
            "Exits 1 when fewer than --count codes arrive within --timeout."})
final class ScanCommand implements Callable<Integer> {

    /** How far apart the simulator sends its codes. */
    private static final Duration SIM_INTERVAL = Duration.ofMillis(200);

    @Option(names = "--link", paramLabel = "SPEC",
            description = "Scanner link, e.g. serial:/dev/ttyACM0?baud=9600 or sim:scanner "
                    + "(default: devices.scanner from the configuration).")
    String link;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many codes to wait for (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "30",
            description = "Seconds to wait for all the codes (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--sim-code", paramLabel = "CODE",
            description = "With a sim: link, a code the simulator sends (repeatable; default: sample receipt, case and ticket codes).")
    List<String> simCodes = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var config = KioskCtl.of(spec).config();
        String linkSpec = link != null ? link : config.devices().scanner();
        if (!DeviceSettings.fitted(linkSpec)) {
            throw new CommandFailure("no scanner configured (devices.scanner is '" + linkSpec + "'); give --link");
        }
        if (count < 1 || count > 10_000) {
            throw new CommandFailure("--count must be between 1 and 10000");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw new CommandFailure("--timeout must be between 0 and 86400 seconds");
        }
        ScannerDevice device;
        try {
            device = new ScannerKind().createScanner(linkSpec, ScannerSettings.defaults(), DeviceContext.standard()).orElseThrow();
        } catch (LinkSpecException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (!simCodes.isEmpty() && device.simulator().isEmpty()) {
            device.close();
            throw new CommandFailure("--sim-code only works with a sim: link");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        try (device) {
            device.scanner().open();
            device.simulator().ifPresent(sim -> sim.play(simulatorScript(), SIM_INTERVAL));
            err.println("请扫码 / scan " + (count == 1 ? "a code" : count + " codes") + " (" + linkSpec + ") ...");
            err.flush();
            long deadline = System.nanoTime() + timeout.toNanos();
            int scanned = 0;
            while (scanned < count) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                Optional<ScannerEvent> event = device.scanner().next(Duration.ofNanos(remaining));
                if (event.isEmpty()) {
                    break;
                }
                if (event.get() instanceof ScannerEvent.CodeScanned code) {
                    out.println(code.code());
                    out.flush();
                    scanned++;
                } else if (event.get() instanceof ScannerEvent.CodeRejected rejected) {
                    err.println("rejected: " + rejected.reason());
                    err.flush();
                }
            }
            if (scanned < count) {
                throw new CommandFailure(scanned == 0
                        ? "未扫到码 / no code scanned within " + timeoutSeconds(timeout)
                        : "only " + scanned + " of " + count + " codes scanned within " + timeoutSeconds(timeout));
            }
            return 0;
        } catch (LinkException e) {
            throw new CommandFailure("扫码器连接断开 / scanner disconnected: " + e.getMessage());
        }
    }

    /** The simulator's codes, repeated as needed to reach {@code --count}. */
    private List<String> simulatorScript() {
        List<String> source = simCodes.isEmpty() ? ScannerSimulator.DEMO_CODES : simCodes;
        List<String> script = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            script.add(source.get(i % source.size()));
        }
        return script;
    }

    private static String timeoutSeconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
