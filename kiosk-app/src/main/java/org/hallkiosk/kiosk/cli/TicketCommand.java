package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.PrintResult;
import org.hallkiosk.device.printer.PrintWarning;
import org.hallkiosk.device.printer.ReceiptPrinter;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.print.ticket.ConfiguredPrinter;
import org.hallkiosk.kiosk.print.ticket.TicketLayout;
import org.hallkiosk.kiosk.print.ticket.TicketPrinter;
import org.hallkiosk.kiosk.print.ticket.TicketPrintout;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.queue.ReprintQueue;
import org.hallkiosk.queue.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl ticket}: issue a ticket without the screens (staff-assisted, tests), and reprint (补打). */
@Command(name = "ticket", mixinStandardHelpOptions = true,
        description = "Issue and print a queue ticket without the kiosk screens, or reprint tickets whose paper did not come out.",
        subcommands = {TicketCommand.Issue.class, TicketCommand.Reprint.class})
public final class TicketCommand implements Runnable {

    /** Exit code of a refused ticket. */
    static final int REFUSED = 2;
    /** Exit code of a ticket issued (and valid) whose paper did not come out. */
    static final int NOT_PRINTED = 3;

    /** Which simulated card {@code --id-card-sim} presents. */
    enum SimCard {
        /** 李四, born 1990. */
        RESIDENT,
        /** 张三, born 1949: senior priority. */
        ELDER,
        /** No card. */
        NONE
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The printer a command prints on: the configured one, or {@code --printer}, with simulator switches. */
    static final class PrinterChoice {
        @Option(names = "--printer", paramLabel = "SPEC",
                description = "Print on this link instead of devices.printer, e.g. sim:printer, serial:/dev/ttyUSB0?baud=115200, none.")
        String printer;

        @Option(names = "--simulate", paramLabel = "CONDITION",
                description = "With a sim: printer, put it in this state first: ${COMPLETION-CANDIDATES}.")
        PrinterSimulator.Condition simulate;

        @Option(names = "--png", paramLabel = "FILE", description = "With a sim: printer, save the printed ticket as PNG.")
        Path png;

        Optional<PrinterDevice> open(QueueCommand.Opened q) {
            DeviceSettings.Printer settings;
            try {
                settings = ConfiguredPrinter.settings(q.config, Optional.ofNullable(printer), Optional.empty());
                boolean sim = DeviceSettings.fitted(settings.spec()) && LinkSpec.parse(settings.spec()) instanceof LinkSpec.Sim;
                if (!sim && (simulate != null || png != null)) {
                    throw new CommandFailure("--simulate and --png only work with a sim: printer (printer is '" + settings.spec() + "')");
                }
                Optional<PrinterDevice> device = ConfiguredPrinter.open(settings);
                device.flatMap(PrinterDevice::simulator).ifPresent(s -> s.setCondition(simulate == null ? PrinterSimulator.Condition.READY : simulate));
                return device;
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
        }

        void savePng(Optional<PrinterDevice> device, TicketPrintout out, PrintWriter text) throws Exception {
            if (png == null || !out.printed()) {
                return;
            }
            PrinterSimulator sim = device.flatMap(PrinterDevice::simulator).orElseThrow();
            if (!sim.awaitCuts(1, Duration.ofSeconds(10))) {
                throw new CommandFailure("the simulated printer did not finish the ticket");
            }
            sim.writePaperPng(png);
            text.println("ticket image: " + png.toAbsolutePath());
        }
    }

    static TicketPrinter ticketPrinter(QueueCommand.Opened q, Optional<? extends ReceiptPrinter> device) {
        String hall = q.config.hallName().isBlank() ? q.content.current().catalogue().hall().name() : q.config.hallName();
        TicketLayout layout = new TicketLayout(hall, q.clock.getZone(), q.config.section(QueueSettings.class));
        return new TicketPrinter(() -> device.map(d -> (ReceiptPrinter) d), layout, q.queue.reprints());
    }

    /** Issues and prints one ticket. */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Issue a ticket on a line, as the kiosk would, and print it.",
                "Exit 0: issued and printed; 2: refused (the reason is printed); 3: issued and valid, but not printed",
                "(queued for reprint: kioskctl ticket reprint)."})
    static final class Issue implements Callable<Integer> {
        @Option(names = "--line", required = true, paramLabel = "PREFIX", description = "The business line, e.g. A.")
        String line;

        @Option(names = "--id-card-sim", paramLabel = "CARD", defaultValue = "none",
                description = "Present a simulated ID card: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        SimCard card;

        @Option(names = "--json", description = "Print the result as JSON: number, line, ahead, estimatedWaitMinutes, printed, printError.")
        boolean json;

        @picocli.CommandLine.Mixin
        PrinterChoice printer = new PrinterChoice();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (QueueCommand.Opened q = QueueCommand.open(spec)) {
                Optional<IdCard> idCard = switch (card) {
                    case RESIDENT -> Optional.of(SimulatedCards.resident());
                    case ELDER -> Optional.of(SimulatedCards.residentElder());
                    case NONE -> Optional.empty();
                };
                IssueResult result;
                try {
                    result = q.kiosk.issue(line.toUpperCase(Locale.ROOT), idCard.map(q.kiosk::visitor));
                } catch (QueueStoreException e) {
                    throw new CommandFailure(e.getMessage());
                }
                if (result instanceof IssueResult.Refused refused) {
                    String why = q.say(refused.refusal());
                    if (json) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("issued", false);
                        m.put("line", line.toUpperCase(Locale.ROOT));
                        m.put("refusal", refused.refusal().rule());
                        m.put("message", why);
                        out.println(QueueCommand.toJson(m));
                    } else {
                        out.println("不能取号 / refused (" + refused.refusal().rule() + "): " + why);
                    }
                    return REFUSED;
                }
                IssueResult.Issued issued = (IssueResult.Issued) result;
                Ticket t = issued.ticket();
                QueueLine queueLine = q.kiosk.line(t.line()).orElseThrow();
                Optional<PrinterDevice> device = printer.open(q);
                try {
                    TicketPrintout printout = ticketPrinter(q, device).print(t, queueLine, issued.position(), q.kiosk.statusUrl(t));
                    report(q, out, t, queueLine, issued.position(), printout);
                    printer.savePng(device, printout, json ? new PrintWriter(java.io.Writer.nullWriter()) : out);
                    return printout.printed() ? 0 : NOT_PRINTED;
                } finally {
                    device.ifPresent(PrinterDevice::close);
                }
            }
        }

        private void report(QueueCommand.Opened q, PrintWriter out, Ticket t, QueueLine queueLine, Position p, TicketPrintout printout) {
            Optional<String> error = printout.result() instanceof PrintResult.Failed f ? Optional.of(f.describe()) : Optional.empty();
            List<String> warnings = new ArrayList<>();
            if (printout.result() instanceof PrintResult.Printed printed) {
                printed.warnings().stream().map(PrintWarning::bilingual).forEach(warnings::add);
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("issued", true);
                m.put("number", t.number());
                m.put("line", t.line());
                m.put("lineName", queueLine.name());
                m.put("ahead", p.ahead());
                m.put("estimatedWaitMinutes", p.estimatedWaitMinutes());
                m.put("windows", queueLine.windowsDisplay());
                m.put("priority", t.priority().name().toLowerCase(Locale.ROOT));
                t.maskedName().ifPresent(n -> m.put("name", n));
                m.put("id", t.id());
                m.put("statusUrl", q.kiosk.statusUrl(t));
                if (q.kiosk instanceof org.hallkiosk.kiosk.hall.HallKioskQueue hall) {
                    m.put("offline", !hall.online()); // hall mode: issued from this kiosk's leased numbers
                }
                m.put("printed", printout.printed());
                error.ifPresent(e -> m.put("printError", e));
                if (!warnings.isEmpty()) {
                    m.put("printWarnings", warnings);
                }
                out.println(QueueCommand.toJson(m));
                return;
            }
            out.println(t.number() + "  " + queueLine.name() + "  前面 " + p.ahead() + " 人，约 " + p.estimatedWaitMinutes()
                    + " 分钟 / " + p.ahead() + " ahead, about " + p.estimatedWaitMinutes() + " min"
                    + (t.maskedName().map(n -> "  " + n).orElse("")) + "  [" + t.priority().name().toLowerCase(Locale.ROOT) + "]");
            if (printout.printed()) {
                out.println("已打印 / printed" + (warnings.isEmpty() ? "" : " — " + String.join("; ", warnings)));
            } else {
                out.println("未打印，号码有效，已加入补打 / not printed, ticket valid, queued for reprint: " + error.orElse(""));
            }
        }
    }

    /** Lists or prints the tickets waiting for paper. */
    @Command(name = "reprint", mixinStandardHelpOptions = true,
            description = {"补打: list today's tickets whose paper did not come out, or print them again",
                "(--all, or the numbers given). Exit 3 if any still did not print."})
    static final class Reprint implements Callable<Integer> {
        @Parameters(paramLabel = "NUMBER", arity = "0..*", description = "Numbers to reprint, e.g. A007.")
        List<String> numbers = new ArrayList<>();

        @Option(names = "--all", description = "Reprint every ticket in the reprint queue.")
        boolean all;

        @picocli.CommandLine.Mixin
        PrinterChoice printer = new PrinterChoice();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (QueueCommand.Opened q = QueueCommand.open(spec)) {
                List<ReprintQueue.Reprint> pending = q.queue.reprints().pending();
                if (!all && numbers.isEmpty()) {
                    if (pending.isEmpty()) {
                        out.println("no tickets waiting for reprint");
                    }
                    for (ReprintQueue.Reprint r : pending) {
                        out.println(r.ticket().number() + "  " + r.reason() + "  since "
                                + r.queuedAt().atZone(q.clock.getZone()).toLocalTime().withNano(0));
                    }
                    return 0;
                }
                List<ReprintQueue.Reprint> chosen = new ArrayList<>();
                for (ReprintQueue.Reprint r : pending) {
                    if (all || numbers.stream().anyMatch(n -> n.equalsIgnoreCase(r.ticket().number()))) {
                        chosen.add(r);
                    }
                }
                for (String n : numbers) {
                    if (chosen.stream().noneMatch(r -> r.ticket().number().equalsIgnoreCase(n))) {
                        throw new CommandFailure(n + " is not waiting for reprint today (kioskctl ticket reprint lists them)");
                    }
                }
                Optional<PrinterDevice> device = printer.open(q);
                int failed = 0;
                try {
                    TicketPrinter tp = ticketPrinter(q, device);
                    for (ReprintQueue.Reprint r : chosen) {
                        Ticket t = r.ticket();
                        QueueLine line = q.queue.desk().lines().line(t.line()).orElseThrow(
                                () -> new CommandFailure("line " + t.line() + " of " + t.number() + " is no longer in lines.yaml"));
                        Position p = q.queue.desk().position(t.id()).orElse(new Position(0, 0));
                        TicketPrintout printout = tp.reprint(t, line, p, q.queue.desk().statusUrl(t));
                        if (printout.printed()) {
                            out.println(t.number() + " 已补打 / reprinted");
                        } else {
                            failed++;
                            out.println(t.number() + " 仍未打印 / still not printed: " + ((PrintResult.Failed) printout.result()).describe());
                        }
                        printer.savePng(device, printout, out);
                    }
                } finally {
                    device.ifPresent(PrinterDevice::close);
                }
                return failed == 0 ? 0 : NOT_PRINTED;
            }
        }
    }
}
