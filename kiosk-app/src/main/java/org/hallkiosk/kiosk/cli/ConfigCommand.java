package org.hallkiosk.kiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.Department;
import org.hallkiosk.kiosk.admin.PinLockState;
import org.hallkiosk.kiosk.admin.PinPolicy;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.ConfigSection;
import org.hallkiosk.kiosk.config.ConfigSections;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.config.PinHash;
import org.hallkiosk.kiosk.time.HallClock;
import org.hallkiosk.privacy.OwnerOnly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl config}: show the effective configuration, set the admin PIN. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Show the configuration or set the admin PIN.",
        subcommands = {ConfigCommand.Show.class, ConfigCommand.SetPin.class})
final class ConfigCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints every key with its effective value, marking the ones left at their default. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the effective configuration (defaults marked).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskCtl ctl = KioskCtl.of(spec);
            KioskConfig c = ctl.config();
            KioskConfig d = KioskConfig.defaults();
            Optional<Path> source = ctl.configSource();
            PrintWriter out = spec.commandLine().getOut();
            out.println("# effective configuration; source: " + source.map(Path::toString).orElse("none (built-in defaults)"));
            if (source.isPresent() && OwnerOnly.readableByOthers(source.get())) {
                String warning = "WARNING: " + source.get() + " is readable by every user on this machine (" + OwnerOnly.describe(source.get())
                        + "); it holds the admin PIN hash and the system's tokens. Fix: chmod o-rwx " + source.get();
                out.println("# " + warning);
                spec.commandLine().getErr().println(warning);
            }
            out.println("# data directory: " + ctl.dataDirectory().root());
            line(out, "hallName", c.hallName().isEmpty() ? "\"\"  # from the catalogue's hall.yaml" : quote(c.hallName()), c.hallName().equals(d.hallName()));
            line(out, "kioskId", c.kioskId(), c.kioskId().equals(d.kioskId()));
            line(out, "contentDir", c.contentDir().map(Path::toString).orElse("\"\"  # bundled catalogue"), c.contentDir().isEmpty());
            line(out, "idleTimeoutSeconds", String.valueOf(c.idleTimeout().toSeconds()), c.idleTimeout().equals(d.idleTimeout()));
            line(out, "adminPinHash", c.usesFactoryPin() ? "\"\"  # factory PIN 000000: change it with 'kioskctl config set-pin'" : "<set>", c.usesFactoryPin());
            line(out, "language", c.language().toLanguageTag(), c.language().equals(d.language()));
            line(out, "timeZone", c.timeZone().getId(), c.timeZone().equals(d.timeZone()));
            out.println("devices:");
            KioskConfig.DeviceLinks dv = c.devices();
            KioskConfig.DeviceLinks dd = d.devices();
            line(out, "  printer", dv.printer(), dv.printer().equals(dd.printer()));
            line(out, "  printerProfile", dv.printerProfile(), dv.printerProfile().equals(dd.printerProfile()));
            line(out, "  paperWidthMm", String.valueOf(dv.paperWidthMm()), dv.paperWidthMm() == dd.paperWidthMm());
            line(out, "  idCardReader", dv.idCardReader(), dv.idCardReader().equals(dd.idCardReader()));
            line(out, "  scanner", dv.scanner(), dv.scanner().equals(dd.scanner()));
            line(out, "  gpio", dv.gpio(), dv.gpio().equals(dd.gpio()));
            String previous = "";
            for (ConfigSection<?> section : ConfigSections.ALL) {
                if (!section.name().equals(previous)) { // queue: holds the queue's rules and the kiosk's queue mode
                    out.println(section.name() + ":");
                }
                previous = section.name();
                List<String> now = section.describeUnchecked(c.section(section.type()));
                List<String> def = section.describeUnchecked(d.section(section.type()));
                for (String l : now) {
                    out.println("  " + l + (def.contains(l) ? "  # default" : ""));
                }
            }
            return 0;
        }

        private static void line(PrintWriter out, String key, String value, boolean isDefault) {
            out.println(key + ": " + value + (isDefault && !value.contains("#") ? "  # default" : ""));
        }

        private static String quote(String s) {
            return "\"" + s.replace("\"", "\\\"") + "\"";
        }
    }

    /** Hashes a new admin PIN into the configuration file; the PIN itself is never written anywhere. */
    @Command(name = "set-pin", mixinStandardHelpOptions = true,
            description = {"Set the admin PIN (6-12 digits; runs, repeats and the hall's phone number are refused).",
                "Asks twice on a terminal; --pin-stdin reads one line.",
                "Writes adminPinHash into the file named by --config, else $HALLKIOSK_CONFIG, else /etc/hallkiosk/kiosk.yaml",
                "(mode 0600), and lifts a lock of the PIN pad."})
    static final class SetPin implements Callable<Integer> {
        @Option(names = "--pin-stdin", description = "Read the PIN from standard input (for scripts).")
        boolean fromStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskCtl ctl = KioskCtl.of(spec);
            String pin = readPin();
            Path file = target(ctl);
            Optional<String> refused = PinPolicy.refusal(pin, List.of())
                    .or(() -> PinPolicy.refusal(pin, hallPhones(ctl, file)));
            if (refused.isPresent()) {
                throw new CommandFailure("PIN refused: " + refused.get() + "; nothing was changed");
            }
            List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
            String entry = "adminPinHash: \"" + PinHash.hash(pin, new SecureRandom()) + "\"";
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("adminPinHash:")) {
                    lines.set(i, entry);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(entry);
            }
            String text = String.join("\n", lines) + "\n";
            ConfigLoader.parse(file, text); // never write a file the kiosk would then refuse
            OwnerOnly.writeString(file, text); // the file holds the PIN hash and the system's tokens: owner-only
            Files.deleteIfExists(ctl.dataDirectory().root().resolve(PinLockState.FILE_NAME));
            spec.commandLine().getOut().println("Admin PIN updated in " + file + " (stored as a salted PBKDF2 hash, file mode 0600)."
                    + " Restart the kiosk to use it.");
            return 0;
        }

        /**
         * Every phone number of the catalogue (hall and departments): the ones printed in the hall. The catalogue is
         * the configured one, or the bundled one while the configuration file is still to be written.
         */
        private static List<String> hallPhones(KioskCtl ctl, Path file) {
            KioskConfig config;
            try {
                config = Files.exists(file) ? ctl.config() : KioskConfig.defaults();
            } catch (ConfigException e) {
                config = KioskConfig.defaults(); // the file is checked again before it is written
            }
            Catalogue c = KioskAssembly.content(config, HallClock.of(config.timeZone(), ctl.env())).current().catalogue();
            List<String> phones = new ArrayList<>();
            Stream.concat(Stream.of(c.hall().phones()), c.departments().stream().map(Department::phones)).forEach(p -> {
                p.consultationNumber().ifPresent(phones::add);
                p.complaintNumber().ifPresent(phones::add);
            });
            return phones;
        }

        private Path target(KioskCtl ctl) {
            if (ctl.configFile != null) {
                return ctl.configFile;
            }
            String env = ctl.env().get("HALLKIOSK_CONFIG");
            return env != null && !env.isBlank() ? Path.of(env) : ConfigLoader.SYSTEM_CONFIG;
        }

        private String readPin() throws IOException {
            Console console = System.console();
            if (!fromStdin && console != null) {
                char[] first = console.readPassword("New admin PIN (6-12 digits): ");
                char[] second = console.readPassword("Repeat the PIN: ");
                if (first == null || second == null || !new String(first).equals(new String(second))) {
                    throw new CommandFailure("the two PINs differ; nothing was changed");
                }
                return new String(first);
            }
            if (!fromStdin) {
                throw new CommandFailure("no terminal to ask for the PIN; use --pin-stdin to read it from standard input");
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        }
    }
}
