package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.LinkSpecException;
import org.hallkiosk.device.link.SerialPorts;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.hallkiosk.device.manager.ManagedDevice;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.manager.PrinterKind;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterProfile;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.PrinterStatus;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.StatusReading;
import org.hallkiosk.device.printer.TestReceipt;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl devices}: list, check and test the kiosk's devices. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List, check and test the printer, ID card reader, scanner and GPIO.",
        subcommands = {
            DevicesCommand.ListDevices.class,
            DevicesCommand.Status.class,
            DevicesCommand.TestPrint.class,
            DevicesCommand.Render.class,
            ReadCardCommand.class,
            ScanCommand.class,
        })
final class DevicesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Configured devices, serial ports present, printer profiles. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Show the configured devices, the serial ports and USB printers present, and the printer profiles.")
    static final class ListDevices implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var config = KioskCtl.of(spec).config();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Configured devices / 已配置设备:");
            ConfiguredDevices.specs(config).forEach((name, link) -> {
                String extra = name.equals("printer") && DeviceSettings.fitted(link)
                        ? "  (profile " + config.devices().printerProfile() + ", " + config.devices().paperWidthMm() + " mm)" : "";
                out.printf("  %-8s %s%s%n", name, DeviceSettings.fitted(link) ? link : "not fitted", extra);
            });
            out.println("Serial ports present / 串口:");
            List<SerialPorts.Port> ports = SerialPorts.serial();
            if (ports.isEmpty()) {
                out.println("  (none; a USB adapter shows up as /dev/ttyUSB0 or /dev/ttyACM0 when plugged in)");
            }
            for (SerialPorts.Port p : ports) {
                out.printf("  %-14s %s%s%n", p.path(), p.description(), p.stableAlias().isEmpty() ? "" : "  stable name: " + p.stableAlias());
            }
            List<String> lp = SerialPorts.usbPrinters();
            out.println("USB printers / USB 打印机: " + (lp.isEmpty() ? "(none)" : String.join(", ", lp)));
            out.println("Printer profiles / 打印机型号:");
            for (PrinterProfile p : PrinterProfile.BUILT_IN) {
                out.printf("  %-14s %s%n", p.name(), p.description());
            }
            return 0;
        }
    }

    /** One check of every device. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Check each configured device once and show its state (OK, DEGRADED or OFFLINE).",
                "Exits 1 when a device is OFFLINE."})
    static final class Status implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var config = KioskCtl.of(spec).config();
            DeviceSettings settings = ConfiguredDevices.settings(config);
            List<Map<String, String>> rows = new ArrayList<>();
            Health worst = Health.OK;
            try (DeviceManager manager = create(settings)) {
                Map<String, DeviceState> states = manager.checkAll();
                Map<String, String> managedSpecs = new LinkedHashMap<>();
                for (ManagedDevice d : manager.devices()) {
                    managedSpecs.put(d.name(), d.spec());
                }
                for (Map.Entry<String, String> configured : ConfiguredDevices.specs(config).entrySet()) {
                    String name = configured.getKey();
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", name);
                    row.put("spec", configured.getValue());
                    DeviceState state = states.get(name);
                    if (state != null) {
                        row.put("health", state.health().name());
                        row.put("reason", state.reason());
                        worst = worst.worse(state.health());
                    } else if (!DeviceSettings.fitted(configured.getValue())) {
                        row.put("health", "NOT_FITTED");
                        row.put("reason", "");
                    } else {
                        row.put("health", "NOT_CHECKED");
                        row.put("reason", "no driver for this device kind is registered in DeviceKinds");
                    }
                    rows.add(row);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("worst", worst.name());
                doc.put("devices", rows);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                for (Map<String, String> row : rows) {
                    out.printf("%-8s %-11s %s%s%n", row.get("name"), row.get("health"), row.get("spec"),
                            row.get("reason").isEmpty() ? "" : "  " + row.get("reason"));
                }
            }
            out.flush();
            if (worst == Health.OFFLINE) {
                throw new CommandFailure("a device is offline (see above)");
            }
            return 0;
        }

        private static DeviceManager create(DeviceSettings settings) {
            try {
                return DeviceManager.create(settings, DeviceContext.standard(), DeviceKinds.ALL);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    /** Prints the test receipt and reads the status back. */
    @Command(name = "test-print", mixinStandardHelpOptions = true,
            description = {"Print a test receipt (Chinese text including 政务服务中心, a QR code, a barcode and a cut),",
                "then read the printer's status back. Exits 1 naming the cause (缺纸 / paper out, 纸仓盖打开 / cover open,",
                "打印机无应答 / no answer ...) when the printer cannot print."})
    static final class TestPrint implements Callable<Integer> {
        @Option(names = "--link", paramLabel = "SPEC",
                description = "Printer link, e.g. serial:/dev/ttyUSB0?baud=115200&flow=dtr, tcp:192.0.2.10:9100, "
                        + "file:/dev/usb/lp0, sim:printer (default: devices.printer from the configuration).")
        String link;

        @Option(names = "--profile", paramLabel = "NAME", description = "Printer profile (default: from the configuration).")
        String profile;

        @Option(names = "--paper", paramLabel = "MM", description = "Paper width 58 or 80 (default: from the configuration).")
        Integer paper;

        @Option(names = "--png", paramLabel = "FILE", description = "With a sim: link, save the simulated receipt as PNG.")
        Path png;

        @Option(names = "--simulate", paramLabel = "CONDITION",
                description = "With a sim: link, put the simulated printer in this state first: ${COMPLETION-CANDIDATES}.")
        PrinterSimulator.Condition simulate;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var config = KioskCtl.of(spec).config();
            DeviceSettings.Printer configured = ConfiguredDevices.settings(config).printer();
            String linkSpec = link != null ? link : configured.spec();
            DeviceSettings.Printer chosen;
            LinkSpec parsed;
            try {
                parsed = LinkSpec.parse(linkSpec);
                chosen = new DeviceSettings.Printer(linkSpec, profile != null ? profile : configured.profile(),
                        paper != null ? paper : configured.paperWidthMm(), configured.charsPerLine(), configured.statusTimeout(),
                        configured.fontFile(), Optional.empty());
            } catch (LinkSpecException e) {
                throw new CommandFailure(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            boolean simulated = parsed instanceof LinkSpec.Sim;
            if (!simulated && (png != null || simulate != null)) {
                throw new CommandFailure("--png and --simulate only work with a sim: link");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrinterSettings settings = chosen.settings();
            try (PrinterDevice printer = new PrinterKind().createPrinter(chosen, DeviceContext.standard())
                    .orElseThrow(() -> new CommandFailure("no printer link given (devices.printer is '" + linkSpec + "')"))) {
                if (simulate != null) {
                    printer.simulator().orElseThrow().setCondition(simulate);
                }
                out.println("Printing test receipt on " + linkSpec + " (" + settings.profile().name() + ", "
                        + settings.paper().millimetres() + " mm) ...");
                out.flush();
                PrintResult result = printer.print(TestReceipt.create(linkSpec, settings, LocalDateTime.now(KioskCtl.of(spec).clock())));
                StatusReading status = printer.readStatus();
                out.println("状态 / status: " + describe(status));
                if (result instanceof PrintResult.Failed failed) {
                    out.flush();
                    throw new CommandFailure("test print failed: " + failed.describe());
                }
                PrintResult.Printed printed = (PrintResult.Printed) result;
                out.println("打印成功 / printed: " + printed.bytesSent() + " bytes");
                printed.warnings().forEach(w -> out.println("注意 / warning: " + w.bilingual()));
                if (png != null) {
                    PrinterSimulator sim = printer.simulator().orElseThrow();
                    if (!sim.awaitCuts(1, Duration.ofSeconds(10))) {
                        throw new CommandFailure("the simulated printer did not finish the receipt");
                    }
                    sim.writePaperPng(png);
                    out.println("receipt image: " + png.toAbsolutePath());
                }
                return 0;
            }
        }

        static String describe(StatusReading reading) {
            if (reading instanceof StatusReading.Answered answered) {
                PrinterStatus s = answered.status();
                List<String> parts = new ArrayList<>();
                parts.add(s.online() ? "联机 online" : "脱机 offline");
                if (s.paperOut()) {
                    parts.add("缺纸 paper out");
                } else if (s.paperNearEnd()) {
                    parts.add("纸将用尽 paper near end");
                } else {
                    parts.add("纸正常 paper ok");
                }
                if (s.coverOpen()) {
                    parts.add("纸仓盖打开 cover open");
                }
                if (s.cutterError()) {
                    parts.add("切刀故障 cutter error");
                }
                if (s.unrecoverableError()) {
                    parts.add("打印机故障 unrecoverable error");
                }
                if (s.autoRecoverableError()) {
                    parts.add("可自动恢复的错误 auto-recoverable error");
                }
                return String.join(", ", parts);
            } else if (reading instanceof StatusReading.NoAnswer none) {
                return "打印机无应答 / no answer within " + none.waited().toMillis() + " ms";
            } else if (reading instanceof StatusReading.LinkDown down) {
                return "连接断开 / disconnected: " + down.why();
            } else if (reading instanceof StatusReading.NotReadable not) {
                return "无法读取 / not readable: " + not.why();
            }
            return reading.toString();
        }
    }

    /** Renders a captured ESC/POS stream to PNG with the printer simulator. */
    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Render a captured ESC/POS byte stream (e.g. from file:/tmp/capture.bin) to a PNG with the printer simulator.")
    static final class Render implements Callable<Integer> {
        @Option(names = "--in", required = true, paramLabel = "FILE.bin", description = "The captured bytes.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the image.")
        Path outFile;

        @Option(names = "--paper", paramLabel = "MM", description = "Paper width 58 or 80 (default: from the configuration).")
        Integer paper;

        @Option(names = "--profile", paramLabel = "NAME", description = "Printer profile for the print width (default: from the configuration).")
        String profile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var config = KioskCtl.of(spec).config();
            if (!Files.isReadable(in)) {
                throw new CommandFailure("cannot read " + in);
            }
            PrinterSettings settings;
            try {
                DeviceSettings.Printer p = ConfiguredDevices.settings(config).printer();
                settings = new PrinterSettings(PrinterProfile.require(profile != null ? profile : p.profile()),
                        org.hallkiosk.device.printer.PaperWidth.parse(String.valueOf(paper != null ? paper : p.paperWidthMm())), 0);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            byte[] stream = Files.readAllBytes(in);
            ReceiptFont font = ReceiptFont.locate();
            PrinterSimulator sim = PrinterSimulator.forSettings(settings, font);
            sim.accept(stream);
            sim.finish();
            try {
                sim.writePaperPng(outFile);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + outFile + ": " + e.getMessage());
            }
            var image = ImageIO.read(outFile.toFile());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("rendered %d bytes: %d text lines, %d QR codes, %d barcodes, %d images, %d cuts -> %s (%dx%d)%n",
                    stream.length, sim.textLines().size(), sim.qrPayloads().size(), sim.barcodes().size(),
                    sim.rasterImages(), sim.cuts(), outFile.toAbsolutePath(), image.getWidth(), image.getHeight());
            if (font.isFallback()) {
                out.println("warning: no CJK font could be loaded, not even the bundled one; Chinese may show as boxes");
            }
            sim.warnings().forEach(w -> out.println("warning: " + w));
            return 0;
        }
    }
}
