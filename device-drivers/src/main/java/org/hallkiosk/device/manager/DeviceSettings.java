package org.hallkiosk.device.manager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PaperWidth;
import org.hallkiosk.device.printer.PrinterProfile;
import org.hallkiosk.device.printer.PrinterSettings;

/**
 * Which devices the kiosk has and where they are attached, as plain values the kiosk's configuration
 * maps onto. An empty spec (or {@code none}) means the device is not fitted; {@code sim:NAME} runs the
 * built-in simulator.
 *
 * @param pollInterval how often a working device is checked (printer status is polled this often)
 * @param backoff how reopening an offline device is spaced out
 */
public record DeviceSettings(Printer printer, String idCardReader, String scanner, String gpio,
                             Duration pollInterval, Backoff backoff) {

    public DeviceSettings {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(idCardReader, "idCardReader");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(gpio, "gpio");
        Objects.requireNonNull(backoff, "backoff");
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive");
        }
    }

    /** Every device simulated, checked every 5 s. */
    public static DeviceSettings simulated() {
        return new DeviceSettings(Printer.simulated(), "sim:idcard", "sim:scanner", "sim:gpio",
                Duration.ofSeconds(5), Backoff.defaults());
    }

    /** Whether a spec names a device at all. */
    public static boolean fitted(String spec) {
        return !spec.isBlank() && !spec.strip().equalsIgnoreCase("none");
    }

    /**
     * The receipt printer.
     *
     * @param spec link spec, e.g. {@code serial:/dev/ttyUSB0?baud=115200&flow=dtr}
     * @param profile built-in profile name ({@code generic}, {@code microcom-814m}, {@code epson-tm-t88}, {@code zj-58})
     * @param paperWidthMm 58 or 80
     * @param charsPerLine Font A columns, 0 for automatic
     * @param statusTimeout how long to wait for a DLE EOT reply before calling the printer offline
     * @param fontFile TrueType font for the simulator and the raster fallback; empty means WenQuanYi Micro Hei, the system's or the bundled copy
     * @param receiptsDir where a simulated printer writes each receipt as PNG; empty keeps them in memory only
     */
    public record Printer(String spec, String profile, int paperWidthMm, int charsPerLine, Duration statusTimeout,
                          Optional<Path> fontFile, Optional<Path> receiptsDir) {

        public Printer {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(statusTimeout, "statusTimeout");
            Objects.requireNonNull(fontFile, "fontFile");
            Objects.requireNonNull(receiptsDir, "receiptsDir");
            PrinterProfile.require(profile);
            PaperWidth.parse(String.valueOf(paperWidthMm));
        }

        public static Printer simulated() {
            return new Printer("sim:printer", PrinterProfile.GENERIC.name(), 80, 0, EscPosPrinter.DEFAULT_STATUS_TIMEOUT,
                    Optional.empty(), Optional.empty());
        }

        /** The same printer on another link (for {@code kioskctl devices test-print --link}). */
        public Printer withSpec(String newSpec) {
            return new Printer(newSpec, profile, paperWidthMm, charsPerLine, statusTimeout, fontFile, receiptsDir);
        }

        public Printer withReceiptsDir(Path dir) {
            return new Printer(spec, profile, paperWidthMm, charsPerLine, statusTimeout, fontFile, Optional.of(dir));
        }

        /** Encoder settings for this printer. */
        public PrinterSettings settings() {
            return new PrinterSettings(PrinterProfile.require(profile), PaperWidth.parse(String.valueOf(paperWidthMm)), charsPerLine);
        }
    }
}
