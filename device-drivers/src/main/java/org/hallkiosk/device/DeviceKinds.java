package org.hallkiosk.device;

import java.util.List;
import org.hallkiosk.device.gpio.GpioKind;
import org.hallkiosk.device.idcard.IdCardReaderKind;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.PrinterKind;
import org.hallkiosk.device.scanner.ScannerKind;

/**
 * Every device kind the kiosk knows; a new kind is added here with one line. It sits above the kinds' packages so
 * that the manager, which they all build on, depends on none of them.
 */
public final class DeviceKinds {

    /** In the order devices are listed and checked. */
    public static final List<DeviceKind> ALL = List.of(
            new PrinterKind(),
            new IdCardReaderKind(),
            new ScannerKind(),
            new GpioKind());

    private DeviceKinds() {
    }
}
