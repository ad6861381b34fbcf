package org.hallkiosk.kiosk.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.TestReceipt;
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

    /**
     * Waits for one card on the shared reader (subscribing as {@code admin} like any screen); with the simulated
     * reader it places the demo card itself. Ends at the first card event or after {@link #WAIT}.
     */
    public CompletableFuture<String> readCard() {
        if (devices.idCardReader().isEmpty()) {
            return CompletableFuture.completedFuture("no card reader configured");
        }
        CompletableFuture<String> result = new CompletableFuture<>();
        Subscription held = devices.cards().subscribe("admin", event -> {
            if (event instanceof IdCardEvent.CardPlaced placed) {
                IdCard card = placed.card();
                result.complete(card.getClass().getSimpleName() + ": " + Mask.name(card.name()) + " "
                        + Mask.idNumber(card.idNumber()));
            } else if (event instanceof IdCardEvent.CardUnreadable unreadable) {
                result.complete("FAILED: " + unreadable.reason());
            } else if (event instanceof IdCardEvent.ReaderFault fault) {
                result.complete("FAILED: " + fault.reason());
            }
        });
        if (devices.cards().simulated()) {
            devices.cards().simulatePlacing(SimulatedCards.resident());
        }
        return finish(result, held, "no card within " + WAIT.toSeconds() + " s");
    }

    /** Waits for one code from the shared scanner (subscribing as {@code admin}); ends at the first code or after {@link #WAIT}. */
    public CompletableFuture<String> scanOnce() {
        if (devices.scanner().isEmpty()) {
            return CompletableFuture.completedFuture("no scanner configured");
        }
        CompletableFuture<String> result = new CompletableFuture<>();
        Subscription held = devices.scans().subscribe("admin", code -> result.complete("scanned: " + code));
        return finish(result, held, "no code within " + WAIT.toSeconds() + " s");
    }

    /** The subscription ends with the test: at the first event, after {@link #WAIT}, or when the caller cancels. */
    private CompletableFuture<String> finish(CompletableFuture<String> result, Subscription held, String timeout) {
        result.completeOnTimeout(timeout, WAIT.toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((line, failure) -> held.close());
        return result;
    }
}
