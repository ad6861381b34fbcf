package org.hallkiosk.kiosk.print.ticket;

import java.nio.file.Path;
import java.util.Optional;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.manager.PrinterKind;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.kiosk.config.KioskConfig;

/**
 * The ticket printer named in kiosk.yaml ({@code devices.printer}, profile, paper), opened for a command or a screen
 * that prints tickets. A {@code sim:} printer renders each ticket to a PNG in {@code receiptsDir} when given one.
 */
public final class ConfiguredPrinter {

    private ConfiguredPrinter() {
    }

    /** The printer settings kiosk.yaml gives, on {@code spec} instead when one is given. */
    public static DeviceSettings.Printer settings(KioskConfig config, Optional<String> spec, Optional<Path> receiptsDir) {
        KioskConfig.DeviceLinks d = config.devices();
        return new DeviceSettings.Printer(spec.orElse(d.printer()), d.printerProfile(), d.paperWidthMm(), 0,
                EscPosPrinter.DEFAULT_STATUS_TIMEOUT, Optional.empty(), receiptsDir);
    }

    /** Opens the printer; empty when the spec says there is none ({@code none} or blank). */
    public static Optional<PrinterDevice> open(DeviceSettings.Printer settings) {
        return new PrinterKind().createPrinter(settings, DeviceContext.standard());
    }
}
