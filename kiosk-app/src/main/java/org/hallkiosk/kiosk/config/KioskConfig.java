package org.hallkiosk.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
 * @param devices       the device link specs
 */
public record KioskConfig(
        String hallName,
        String kioskId,
        Optional<Path> contentDir,
        Duration idleTimeout,
        String adminPinHash,
        Locale language,
        DeviceLinks devices) {

    /** The configuration with nothing set. */
    public static KioskConfig defaults() {
        return new KioskConfig("", "kiosk-01", Optional.empty(), Duration.ofSeconds(60), "",
                Locale.SIMPLIFIED_CHINESE, DeviceLinks.simulated());
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
