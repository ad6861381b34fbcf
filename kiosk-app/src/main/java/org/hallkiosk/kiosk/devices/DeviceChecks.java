package org.hallkiosk.kiosk.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.TestReceipt;
import org.hallkiosk.device.scanner.ScannerEvent;
import org.hallkiosk.privacy.Mask;

/**
 * The admin screen's device tests: print a test receipt, read a card, take one scan. Each runs off the UI
 * thread and ends in one line for the operator; personal data in it is masked.
 */
public final class DeviceChecks {

    /** How long a card or scan test waits for the operator. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final KioskDevices devices;
    private final Clock clock;

    public DeviceChecks(KioskDevices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** One line per device: name, health and reason, e.g. {@code printer  DEGRADED  纸将尽 / paper near end}. */
    public List<String> stateLines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, DeviceState> e : devices.states().entrySet()) {
            DeviceState s = e.getValue();
            lines.add(e.getKey() + "  " + s.health() + (s.reason().isEmpty() ? "" : "  " + s.reason()));
        }
        return lines;
    }

    public CompletableFuture<String> testPrint() {
        return CompletableFuture.supplyAsync(() -> {
            Optional<PrinterDevice> printer = devices.printer();
            if (printer.isEmpty()) {
                return "no printer configured";
            }
            PrinterDevice p = printer.get();
            PrintResult result = p.print(TestReceipt.create(p.spec(), p.driver().settings(), LocalDateTime.now(clock)));
            return result instanceof PrintResult.Failed f ? "FAILED: " + f.describe() : "printed";
        });
    }

    public CompletableFuture<String> readCard() {
        return CompletableFuture.supplyAsync(() -> {
            var reader = devices.idCardReader();
            if (reader.isEmpty()) {
                return "no card reader configured";
            }
            try {
                IdCard card = reader.get().reader().waitForCard(WAIT);
                return card.getClass().getSimpleName() + ": " + Mask.name(card.name()) + " " + Mask.idNumber(card.idNumber());
            } catch (Exception e) {
                return "FAILED: " + e.getMessage();
            }
        });
    }

    public CompletableFuture<String> scanOnce() {
        return CompletableFuture.supplyAsync(() -> {
            var scanner = devices.scanner();
            if (scanner.isEmpty()) {
                return "no scanner configured";
            }
            try {
                Optional<ScannerEvent> event = scanner.get().scanner().next(WAIT);
                if (event.isEmpty()) {
                    return "no code within " + WAIT.toSeconds() + " s";
                }
                return event.get() instanceof ScannerEvent.CodeScanned c ? "scanned: " + c.code() : "rejected: " + event.get();
            } catch (Exception e) {
                return "FAILED: " + e.getMessage();
            }
        });
    }
}
