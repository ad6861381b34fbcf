package org.hallkiosk.kiosk.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.device.manager.Backoff;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.kiosk.config.KioskConfig;

/** Maps the {@code devices:} part of kiosk.yaml onto the device layer's settings. */
final class ConfiguredDevices {

    private ConfiguredDevices() {
    }

    /** Device settings from the configuration; values kiosk.yaml has no key for keep the device layer's defaults. */
    static DeviceSettings settings(KioskConfig config) {
        KioskConfig.DeviceLinks d = config.devices();
        DeviceSettings.Printer printer = new DeviceSettings.Printer(d.printer(), d.printerProfile(), d.paperWidthMm(), 0,
                EscPosPrinter.DEFAULT_STATUS_TIMEOUT, Optional.empty(), Optional.empty());
        return new DeviceSettings(printer, d.idCardReader(), d.scanner(), d.gpio(), Duration.ofSeconds(5), Backoff.defaults());
    }

    /** Every configured device by name, as written in the configuration. */
    static Map<String, String> specs(KioskConfig config) {
        KioskConfig.DeviceLinks d = config.devices();
        Map<String, String> specs = new LinkedHashMap<>();
        specs.put("printer", d.printer());
        specs.put("idcard", d.idCardReader());
        specs.put("scanner", d.scanner());
        specs.put("gpio", d.gpio());
        return specs;
    }
}
