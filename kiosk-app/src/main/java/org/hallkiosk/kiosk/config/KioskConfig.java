package org.hallkiosk.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's effective configuration: every value has a default so the kiosk runs with no file.
 *
 * @param hallName      the hall's name on every screen; empty means "take it from the catalogue's hall.yaml"
 * @param kioskId       this terminal's id in logs and tickets
 * @param contentDir    the catalogue directory; empty means the bundled catalogue
 * @param idleTimeout   time without a touch before the visitor's session is wiped
 * @param adminPinHash  the admin PIN as a salted PBKDF2 hash; empty means the factory PIN (shown as a warning)
 * @param language      the start-up language
 * @param timeZone      the hall's time zone: opening hours, the change of day and every date shown or printed
 * @param devices       the device link specs
 * @param sections      each feature's own settings record, by type (see {@link ConfigSections})
 */
public record KioskConfig(
        String hallName,
        String kioskId,
        Optional<Path> contentDir,
        Duration idleTimeout,
        String adminPinHash,
        Locale language,
        ZoneId timeZone,
        DeviceLinks devices,
        Map<Class<?>, Object> sections) {

    /** The hall's zone when {@code timeZone} is not set: China has one civil time zone. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    public KioskConfig {
        sections = Map.copyOf(sections);
    }

    /** The configuration with nothing set. */
    public static KioskConfig defaults() {
        return defaults(ConfigSections.ALL);
    }

    static KioskConfig defaults(List<ConfigSection<?>> sections) {
        Map<Class<?>, Object> values = new LinkedHashMap<>();
        sections.forEach(s -> values.put(s.type(), s.defaults()));
        return new KioskConfig("", "kiosk-01", Optional.empty(), Duration.ofSeconds(60), "",
                Locale.SIMPLIFIED_CHINESE, DEFAULT_TIME_ZONE, DeviceLinks.simulated(), values);
    }

    /** A feature's settings, e.g. {@code config.section(ProgressSettings.class)}. */
    public <T> T section(Class<T> type) {
        Object value = sections.get(type);
        if (value == null) {
            throw new IllegalArgumentException("no configuration section of type " + type.getName() + " is registered in ConfigSections.ALL");
        }
        return type.cast(value);
    }

    /** True while the admin PIN is still the factory one. */
    public boolean usesFactoryPin() {
        return adminPinHash.isEmpty();
    }

    /** Link specs of the kiosk's devices; {@code sim:*} specs run the built-in simulators. */
    public record DeviceLinks(String printer, String printerProfile, int paperWidthMm,
                              String idCardReader, String scanner, String gpio) {

        /** Every device simulated: what a kiosk with no hardware configured runs on. */
        public static DeviceLinks simulated() {
            return new DeviceLinks("sim:printer", "generic", 80, "sim:idcard", "sim:scanner", "sim:gpio");
        }
    }
}
