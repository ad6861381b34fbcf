package org.hallkiosk.kiosk.print.notice;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.ReceiptPrinter;

/**
 * Prints one-time notices on the kiosk's receipt printer, laid out for that printer's paper. The printer is
 * looked up at each print, so a printer the device manager reopened after an unplug is the one used.
 */
public final class NoticePrinter {

    /** A receipt printer and the paper it is set up for. */
    public record Target(ReceiptPrinter printer, PrinterSettings settings) {
        public Target {
            Objects.requireNonNull(printer, "printer");
            Objects.requireNonNull(settings, "settings");
        }
    }

    private final Supplier<Optional<Target>> target;

    public NoticePrinter(Supplier<Optional<Target>> target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The receipt printer notices would go to now, if one is configured. */
    public Optional<Target> target() {
        return target.get();
    }

    /** Prints {@code notice}; a kiosk with no receipt printer fitted gets a failure saying so, as offline. */
    public PrintResult print(OneTimeNotice notice) {
        Optional<Target> t = target.get();
        if (t.isEmpty()) {
            return new PrintResult.Failed(PrintFailure.OFFLINE, "no receipt printer is configured (devices.printer)");
        }
        return t.get().printer().print(new NoticeReceipt(t.get().settings()).layout(notice));
    }
}
