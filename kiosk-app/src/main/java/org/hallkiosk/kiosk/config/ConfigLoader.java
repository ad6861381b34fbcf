package org.hallkiosk.kiosk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hallkiosk.device.gpio.GpioSpec;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.link.LinkSpecException;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.printer.PrinterProfile;

/**
 * Finds and reads {@code kiosk.yaml}: {@code --config}, then {@code HALLKIOSK_CONFIG}, then
 * {@code /etc/hallkiosk/kiosk.yaml}; with none of them the defaults apply.
 */
public final class ConfigLoader {

    /** Where the system-wide file is looked for when nothing else names one. */
    public static final Path SYSTEM_CONFIG = Path.of("/etc/hallkiosk/kiosk.yaml");

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, String> env;
    private final Path systemConfig;
    private final List<ConfigSection<?>> sections;

    public ConfigLoader(Map<String, String> env) {
        this(env, SYSTEM_CONFIG, ConfigSections.ALL);
    }

    ConfigLoader(Map<String, String> env, Path systemConfig, List<ConfigSection<?>> sections) {
        this.env = env;
        this.systemConfig = systemConfig;
        this.sections = sections;
    }

    /** The file that applies, if any: an explicit path must exist, the system file may be absent. */
    public Optional<Path> locate(Path explicit) throws ConfigException {
        if (explicit != null) {
            return Optional.of(requireReadable(explicit, "--config"));
        }
        String fromEnv = env.get("HALLKIOSK_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(requireReadable(Path.of(fromEnv), "HALLKIOSK_CONFIG"));
        }
        return Files.isRegularFile(systemConfig) ? Optional.of(systemConfig) : Optional.empty();
    }

    /** The effective configuration: the located file over the defaults. */
    public KioskConfig load(Path explicit) throws ConfigException {
        Optional<Path> file = locate(explicit);
        if (file.isEmpty()) {
            return KioskConfig.defaults(sections);
        }
        try {
            return parse(file.get(), Files.readString(file.get(), StandardCharsets.UTF_8), sections);
        } catch (IOException e) {
            throw new ConfigException(file.get(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static Path requireReadable(Path path, String source) throws ConfigException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigException(path, List.of("not found or not readable (named by " + source + ")"));
        }
        return path;
    }

    /** Reads one file's text; every problem is reported at once, each with its line and key. */
    public static KioskConfig parse(Path file, String yaml) throws ConfigException {
        return parse(file, yaml, ConfigSections.ALL);
    }

    /**
     * One key's value as written in {@code file} ({@code queue.hall.url}), empty when the file does not set it: for a
     * check that reads a key which the feature owning it defines. The file has already passed {@link #load}.
     */
    public static Optional<String> rawValue(Path file, String dottedKey) throws ConfigException {
        try {
            YamlTree.Entry e = YamlTree.parse(Files.readString(file, StandardCharsets.UTF_8)).entries().get(dottedKey);
            return e == null || e.value() == null || e.value().isBlank() ? Optional.empty() : Optional.of(e.value().strip());
        } catch (IOException e) {
            throw new ConfigException(file, List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** Reads one file's text with the given feature sections. */
    static KioskConfig parse(Path file, String yaml, List<ConfigSection<?>> sections) throws ConfigException {
        YamlTree tree;
        try {
            tree = YamlTree.parse(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new ConfigException(file, List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(file, List.of(e.getMessage()));
        }
        return new Reader(file, tree, sections).read();
    }

    /** Reads the known keys one by one, collecting problems rather than stopping at the first. */
    private static final class Reader {
        private final Path file;
        private final Map<String, YamlTree.Entry> entries;
        private final List<String> problems = new ArrayList<>();
        private final List<ConfigSection<?>> sections;
        private final ConfigKeys keys;

        Reader(Path file, YamlTree tree, List<ConfigSection<?>> sections) {
            this.file = file;
            this.entries = tree.entries();
            this.sections = sections;
            this.keys = new ConfigKeys(sections);
        }

        KioskConfig read() throws ConfigException {
            KioskConfig d = KioskConfig.defaults(List.of());
            KioskConfig.DeviceLinks dd = d.devices();
            for (YamlTree.Entry e : entries.values()) {
                boolean parentOk = e.key().indexOf('.') < 0 || keys.isMapping(e.key().substring(0, e.key().lastIndexOf('.')));
                if (!parentOk) {
                    continue; // reported at the unknown parent
                }
                if (!keys.isLeaf(e.key()) && !keys.isMapping(e.key())) {
                    problems.add(at(e) + "unknown key; known keys here: " + keys.siblingsOf(e.key()));
                } else if (keys.isMapping(e.key()) && !e.mapping()) {
                    problems.add(at(e) + "must be a mapping of keys (key: value lines indented below it)");
                } else if (keys.isLeaf(e.key()) && (e.mapping() || e.sequence())) {
                    problems.add(at(e) + "must be a single value");
                }
            }
            Map<Class<?>, Object> sectionValues = new java.util.LinkedHashMap<>();
            for (ConfigSection<?> section : sections) {
                sectionValues.put(section.type(), section.read(new Values(section.name() + ".")));
            }
            String hallName = text("hallName", d.hallName(), v -> v);
            String kioskId = text("kioskId", d.kioskId(), v -> {
                require(KIOSK_ID.matcher(v).matches(), "must be 1-32 letters, digits, '-' or '_'");
                return v;
            });
            Optional<Path> contentDir = text("contentDir", d.contentDir(), v -> {
                Path p = Path.of(v);
                // A relative path is read from where the file stands, not from wherever the kiosk was started.
                Path resolved = p.isAbsolute() || file.getParent() == null ? p : file.getParent().resolve(p);
                require(Files.isDirectory(resolved), "directory " + resolved + " does not exist");
                return Optional.of(resolved);
            });
            Duration idle = text("idleTimeoutSeconds", d.idleTimeout(), v -> {
                int s = integer(v);
                // at least 20 s of the 还在使用吗？ warning (WCAG 2.2.1) and 10 s of quiet before it
                require(s >= 30 && s <= 3600, "must be between 30 and 3600 seconds");
                return Duration.ofSeconds(s);
            });
            String pinHash = text("adminPinHash", d.adminPinHash(), v -> {
                require(PinHash.isWellFormed(v), "is not a PIN hash made by 'kioskctl config set-pin'");
                return v;
            });
            Locale language = text("language", d.language(), v -> switch (v) {
                case "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
                case "en", "en-US", "en-GB" -> Locale.ENGLISH;
                default -> throw new IllegalArgumentException("must be zh-CN or en");
            });
            ZoneId timeZone = text("timeZone", d.timeZone(), v -> {
                try {
                    return ZoneId.of(v);
                } catch (DateTimeException ex) {
                    throw new IllegalArgumentException("must be a time zone such as Asia/Shanghai or Asia/Urumqi");
                }
            });
            KioskConfig.DeviceLinks devices = new KioskConfig.DeviceLinks(
                    text("devices.printer", dd.printer(), Reader::linkSpec),
                    text("devices.printerProfile", dd.printerProfile(), v -> PrinterProfile.require(v).name()),
                    text("devices.paperWidthMm", dd.paperWidthMm(), v -> {
                        int mm = integer(v);
                        require(mm == 58 || mm == 80, "must be 58 or 80");
                        return mm;
                    }),
                    text("devices.idCardReader", dd.idCardReader(), Reader::linkSpec),
                    text("devices.scanner", dd.scanner(), Reader::linkSpec),
                    text("devices.gpio", dd.gpio(), v -> {
                        if (DeviceSettings.fitted(v)) {
                            GpioSpec.parse(v);
                        }
                        return v;
                    }));
            if (!problems.isEmpty()) {
                throw new ConfigException(file, problems);
            }
            return new KioskConfig(hallName, kioskId, contentDir, idle, pinHash, language, timeZone, devices, sectionValues);
        }

        /** A section's view of the file: its keys, reported with their full names and lines. */
        private final class Values implements SectionValues {
            private final String prefix;

            Values(String prefix) {
                this.prefix = prefix;
            }

            @Override
            public <T> T get(String key, T fallback, Function<String, T> convert) {
                return Reader.this.text(prefix + key, fallback, convert);
            }

            @Override
            public Map<String, String> mapping(String key) {
                String p = prefix + key + ".";
                Map<String, String> out = new java.util.LinkedHashMap<>();
                for (YamlTree.Entry e : entries.values()) {
                    if (e.key().startsWith(p) && e.key().indexOf('.', p.length()) < 0 && !e.mapping() && !e.sequence() && e.value() != null) {
                        out.put(e.key().substring(p.length()), e.value().strip());
                    }
                }
                return out;
            }

            @Override
            public boolean has(String key) {
                return entries.containsKey(prefix + key);
            }
        }

        private <T> T text(String key, T fallback, Function<String, T> convert) {
            YamlTree.Entry e = entries.get(key);
            if (e == null || e.mapping() || e.sequence()) {
                return fallback;
            }
            if (e.value() == null || e.value().isBlank()) {
                problems.add(at(e) + "has no value (remove the line to use the default)");
                return fallback;
            }
            try {
                return convert.apply(e.value().strip());
            } catch (IllegalArgumentException ex) {
                problems.add(at(e) + ex.getMessage() + " (found: " + e.value() + ")");
                return fallback;
            }
        }

        private String at(YamlTree.Entry e) {
            return "line " + e.line() + ": key '" + e.key() + "': ";
        }

        private static int integer(String v) {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("must be a whole number");
            }
        }

        /** A device's link, checked by the device layer's own parser so the error is the exact one; {@code none} = not fitted. */
        private static String linkSpec(String v) {
            if (!DeviceSettings.fitted(v)) {
                return v;
            }
            try {
                LinkSpec.parse(v);
            } catch (LinkSpecException e) {
                throw new IllegalArgumentException("must be a link spec such as serial:/dev/ttyUSB0?baud=115200, "
                        + "tcp:192.0.2.10:9100, file:/dev/usb/lp0 or sim:printer: " + e.problem());
            }
            return v;
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
