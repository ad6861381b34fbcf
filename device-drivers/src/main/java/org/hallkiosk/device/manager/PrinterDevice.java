package org.hallkiosk.device.manager;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PrintFailure;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrintWarning;
import org.hallkiosk.device.printer.PrinterStatus;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.device.printer.StatusReading;
import org.hallkiosk.device.printer.sim.PrinterSimulator;

/**
 * The receipt printer as a managed device: checks are status polls, and every print's outcome is
 * reported straight away, so a print that found no paper turns the lamp red without waiting for the
 * next poll.
 */
public final class PrinterDevice implements ManagedDevice, ReceiptPrinter {

    private final EscPosPrinter printer;
    private final Optional<PrinterSimulator> simulator;
    private volatile Consumer<DeviceState> sink = state -> { };

    public PrinterDevice(EscPosPrinter printer, Optional<PrinterSimulator> simulator) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public String name() {
        return "printer";
    }

    @Override
    public String spec() {
        return printer.spec();
    }

    /** The in-process simulator when the spec is {@code sim:...}, e.g. to switch it to paper-out in a demo. */
    public Optional<PrinterSimulator> simulator() {
        return simulator;
    }

    public EscPosPrinter driver() {
        return printer;
    }

    @Override
    public DeviceState check() {
        return stateOf(printer.readStatus());
    }

    @Override
    public void reportStateChangesTo(Consumer<DeviceState> newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }

    @Override
    public PrintResult print(Receipt receipt) {
        PrintResult result = printer.print(receipt);
        if (result instanceof PrintResult.Failed failed) {
            // a receipt the encoder refused says nothing about the printer itself
            if (failed.reason() != PrintFailure.UNPRINTABLE) {
                sink.accept(new DeviceState.Offline(failed.reason().bilingual()));
            }
        } else if (result instanceof PrintResult.Printed printed) {
            sink.accept(printed.warnings().contains(PrintWarning.PAPER_NEAR_END)
                    ? new DeviceState.Degraded(PrintWarning.PAPER_NEAR_END.bilingual())
                    : new DeviceState.Ok(printed.warnings().contains(PrintWarning.STATUS_UNKNOWN)
                            ? PrintWarning.STATUS_UNKNOWN.bilingual() : ""));
        }
        return result;
    }

    @Override
    public StatusReading readStatus() {
        return printer.readStatus();
    }

    @Override
    public void close() {
        printer.close();
        simulator.ifPresent(PrinterSimulator::close);
    }

    /** How a status reading shows on the admin screen and the lamp. */
    static DeviceState stateOf(StatusReading reading) {
        if (reading instanceof StatusReading.Answered answered) {
            PrinterStatus status = answered.status();
            Optional<DeviceState> blocked = status.blockingFailure().map(f -> new DeviceState.Offline(f.bilingual()));
            if (blocked.isPresent()) {
                return blocked.get();
            }
            return status.paperNearEnd() ? new DeviceState.Degraded(PrintWarning.PAPER_NEAR_END.bilingual()) : DeviceState.ok();
        } else if (reading instanceof StatusReading.NoAnswer none) {
            return new DeviceState.Offline("打印机无应答 / no answer: " + none.detail());
        } else if (reading instanceof StatusReading.LinkDown down) {
            return new DeviceState.Offline("打印机连接断开 / disconnected: " + down.why());
        } else if (reading instanceof StatusReading.NotReadable not) {
            return new DeviceState.Ok(PrintWarning.STATUS_UNKNOWN.bilingual() + " (" + not.why() + ")");
        }
        throw new IllegalStateException("unhandled status reading " + reading);
    }
}
