package org.hallkiosk.device.manager;

import java.util.Optional;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.EscPosPrinter;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.sim.PrinterSimulator;

/** Builds the receipt printer; a {@code sim:NAME} spec gets an in-process {@link PrinterSimulator}. */
public final class PrinterKind implements DeviceKind {

    @Override
    public String name() {
        return "printer";
    }

    @Override
    public Optional<ManagedDevice> create(DeviceSettings settings, DeviceContext context) {
        return createPrinter(settings.printer(), context).map(p -> p);
    }

    /** The printer with its concrete type, for callers that print. */
    public Optional<PrinterDevice> createPrinter(DeviceSettings.Printer printer, DeviceContext context) {
        if (!DeviceSettings.fitted(printer.spec())) {
            return Optional.empty();
        }
        LinkSpec spec = LinkSpec.parse(printer.spec());
        PrinterSettings settings = printer.settings();
        ReceiptFont font = ReceiptFont.locate(printer.fontFile());
        Optional<PrinterSimulator> simulator = Optional.empty();
        if (spec instanceof LinkSpec.Sim sim) {
            PrinterSimulator simulated = PrinterSimulator.forSettings(settings, font);
            printer.receiptsDir().ifPresent(simulated::writeReceiptsTo);
            context.simulators().register(sim.name(), simulated.plug(sim.name()));
            simulator = Optional.of(simulated);
        }
        ByteLink link = context.links().create(spec);
        EscPosPrinter driver = new EscPosPrinter(link, new EscPosEncoder(settings, font), printer.statusTimeout());
        return Optional.of(new PrinterDevice(driver, simulator));
    }
}
