package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardException;
import org.hallkiosk.device.idcard.SamIdCardReader;
import org.hallkiosk.device.idcard.SamReaderSettings;
import org.hallkiosk.device.idcard.SamReaderSimulator;
import org.hallkiosk.device.idcard.SimulatedCards;
import org.hallkiosk.device.link.ByteLink;
import org.hallkiosk.device.link.LinkException;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.progress.CaseFile;
import org.hallkiosk.kiosk.progress.CaseFileException;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.CaseJson;
import org.hallkiosk.kiosk.progress.CaseRecord;
import org.hallkiosk.kiosk.progress.CaseSources;
import org.hallkiosk.kiosk.progress.CaseStep;
import org.hallkiosk.kiosk.progress.CaseStoreException;
import org.hallkiosk.kiosk.progress.Deadline;
import org.hallkiosk.kiosk.progress.DemoCases;
import org.hallkiosk.kiosk.progress.LocalCaseStore;
import org.hallkiosk.kiosk.progress.Pickup;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.QrRule;
import org.hallkiosk.kiosk.progress.ReceiptKey;
import org.hallkiosk.kiosk.progress.ReceiptSignature;
import org.hallkiosk.kiosk.progress.WorkingDays;
import org.hallkiosk.privacy.Mask;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl progress}: look a case up as the 进度查询 screen does, import cases, sign receipt QR codes. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Case progress (进度查询): look up a case, import cases into the local store, sign receipt QR codes.",
        subcommands = {ProgressCommand.Lookup.class, ProgressCommand.Import.class, ProgressCommand.Sign.class})
final class ProgressCommand implements Runnable {

    /** Exit code when the QR code is not a receipt or no case matches. */
    static final int NOT_FOUND = 3;
    /** Exit code when the case source cannot answer. */
    static final int UNAVAILABLE = 4;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The simulated cards the device layer offers, by the names the command line uses. */
    enum SimCard {
        resident, elder, foreign, hk_macao_taiwan;

        IdCard card() {
            return switch (this) {
                case resident -> SimulatedCards.resident();
                case elder -> SimulatedCards.residentElder();
                case foreign -> SimulatedCards.foreignPermanent();
                case hk_macao_taiwan -> SimulatedCards.hkMacaoTaiwan();
            };
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Look a case up the way the kiosk screen does, using the configured source (progress.source).",
                "Exit codes: 0 found; 3 unrecognised QR code or no such case; 4 the case source cannot answer."},
            footer = {"", "Examples:",
                "  kioskctl progress lookup --qr '" + DemoCases.RECEIPT_QR + "'",
                "  kioskctl progress lookup --case 44010600ZJ-XK-0158 --code 135790 --json",
                "  kioskctl progress lookup --id-card-sim resident"})
    static final class Lookup implements Callable<Integer> {

        static final class By {
            @Option(names = "--qr", paramLabel = "PAYLOAD", required = true, description = "A receipt QR payload, as the scanner delivers it.")
            String qr;

            @ArgGroup(exclusive = false, multiplicity = "1")
            Typed typed;

            @Option(names = "--id-card-sim", paramLabel = "CARD", required = true,
                    description = "Read a simulated card through the simulated SAM reader: ${COMPLETION-CANDIDATES}.")
            SimCard card;
        }

        static final class Typed {
            @Option(names = "--case", paramLabel = "NO", required = true, description = "The case number (办件编号).")
            String caseNumber;

            @Option(names = "--code", paramLabel = "CODE", required = true, description = "The query code (查询码).")
            String code;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        By by;

        @Option(names = "--json", description = "Print the case(s) as JSON (applicant masked).")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskCtl ctl = KioskCtl.of(spec);
            KioskConfig config = ctl.config();
            ProgressSettings settings = config.section(ProgressSettings.class);
            Clock clock = ctl.clock();
            WorkingDays days = KioskAssembly.content(config, clock).current().catalogue().calendar()::workingDaysBetween;
            try (CaseInquiry inquiry = CaseSources.inquiry(settings, ctl.dataDirectory().root(), clock, days)) {
                CaseInquiry.Answer answer;
                if (by.qr != null) {
                    answer = inquiry.byQr(by.qr);
                } else if (by.typed != null) {
                    if (!ReceiptKey.isValid(by.typed.caseNumber, by.typed.code)) {
                        throw new CommandFailure("a case number is 4-64 letters, digits or '-', a query code 4-32 letters or digits", NOT_FOUND);
                    }
                    answer = inquiry.byReceipt(new ReceiptKey(by.typed.caseNumber, by.typed.code));
                } else {
                    IdCard card = readSimulatedCard(by.card);
                    spec.commandLine().getErr().println("card read: " + Mask.name(card.name()) + " " + Mask.idNumber(card.idNumber()));
                    answer = inquiry.byHolder(card.idNumber());
                }
                return print(answer, inquiry, ctl, settings);
            } catch (CaseStoreException e) {
                throw new CommandFailure(e.getMessage(), UNAVAILABLE);
            }
        }

        private int print(CaseInquiry.Answer answer, CaseInquiry inquiry, KioskCtl ctl, ProgressSettings settings) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (answer instanceof CaseInquiry.Answer.UnrecognisedQr u) {
                throw new CommandFailure("无法识别的二维码 (unrecognised QR code: " + u.reason() + ")", NOT_FOUND);
            }
            if (answer instanceof CaseInquiry.Answer.NoSuchCase) {
                throw new CommandFailure("未找到该办件，请核对办件编号和查询码 (no case with this number and query code in "
                        + inquiry.source().describe() + ")", NOT_FOUND);
            }
            if (answer instanceof CaseInquiry.Answer.NoCasesForHolder) {
                throw new CommandFailure("未查到此证件名下的办件 (no cases for this card in " + inquiry.source().describe() + ")", NOT_FOUND);
            }
            if (answer instanceof CaseInquiry.Answer.IdCardLookupOff) {
                throw new CommandFailure("ID-card lookup is switched off (progress.idCardLookup: false)", NOT_FOUND);
            }
            if (answer instanceof CaseInquiry.Answer.Unavailable u) {
                throw new CommandFailure("暂时无法查询，请到服务台咨询 (the case source cannot answer: " + u.reason() + ")", UNAVAILABLE);
            }
            List<CaseRecord> cases = ((CaseInquiry.Answer.Cases) answer).cases();
            if (json) {
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                for (CaseRecord c : cases) {
                    ObjectNode o = CaseJson.write(c);
                    o.set("deadline", deadlineJson(inquiry.deadline(c)));
                    list.add(o);
                }
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(cases.size() == 1 && by.card == null ? list.get(0) : list));
            } else {
                out.println("# source: " + inquiry.source().describe() + (settings.source() == ProgressSettings.Source.DEMO ? " (demo data)" : ""));
                for (int i = 0; i < cases.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    text(out, cases.get(i), inquiry.deadline(cases.get(i)));
                }
            }
            out.flush();
            return 0;
        }

        private IdCard readSimulatedCard(SimCard which) {
            try (SamReaderSimulator sim = new SamReaderSimulator()) {
                sim.placeCard(which.card());
                ByteLink link = sim.connectInProcess("sim:idcard");
                try (SamIdCardReader reader = new SamIdCardReader(link, SamReaderSettings.defaults())) {
                    reader.open();
                    return reader.waitForCard(Duration.ofSeconds(5));
                }
            } catch (IdCardException | LinkException e) {
                throw new CommandFailure("the simulated card reader failed: " + e.getMessage(), UNAVAILABLE);
            }
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static void text(PrintWriter out, CaseRecord c, Deadline d) {
        out.println("case:        " + c.caseNumber());
        out.println("item:        " + c.itemName() + (c.itemCode().isEmpty() ? "" : "  (" + c.itemCode() + ")"));
        out.println("department:  " + c.department());
        out.println("applicant:   " + c.maskedApplicant());
        c.acceptedAt().ifPresent(t -> out.println("accepted:    " + t.format(TIME)));
        out.println("status:      " + c.status().publicName() + "  [" + c.status().name() + "]");
        if (!c.statusNote().isEmpty()) {
            out.println("note:        " + c.statusNote());
        }
        out.println("deadline:    " + deadlineText(d, c));
        out.println("pickup:      " + pickupText(c.pickup()));
        out.println("steps:");
        for (CaseStep s : c.steps()) {
            out.println("  " + s.time().map(t -> t.format(TIME)).orElse("                ") + "  " + s.name()
                    + (s.department().isEmpty() ? "" : "  " + s.department())
                    + (s.result().isEmpty() ? "" : "  — " + s.result())
                    + (s.note().isEmpty() ? "" : "  (" + s.note() + ")"));
        }
    }

    static String deadlineText(Deadline d, CaseRecord c) {
        if (d instanceof Deadline.OnTime t) {
            return "promised " + t.promisedDate() + ", " + t.workingDaysLeft() + " working day(s) left";
        }
        if (d instanceof Deadline.Overdue o) {
            return "OVERDUE" + o.promisedDate().map(p -> " (promised " + p + ")").orElse("")
                    + (o.workingDaysLate() > 0 ? ", " + o.workingDaysLate() + " working day(s) late" : "");
        }
        if (d instanceof Deadline.AwaitingMaterials a) {
            return "waiting for materials" + a.supplyBy().map(by -> " by " + by).orElse("")
                    + a.workingDaysLeft().map(n -> ", " + n + " working day(s) left").orElse("");
        }
        if (d instanceof Deadline.Suspended s) {
            return "suspended (special procedure)" + s.promisedDate().map(p -> ", promised " + p + " before the suspension").orElse("");
        }
        if (d instanceof Deadline.NotStarted) {
            return "starts when the case is accepted";
        }
        if (d instanceof Deadline.NoPromisedDate) {
            return "no promised date given";
        }
        return "finished" + c.promisedDate().map(p -> " (promised " + p + ")").orElse("");
    }

    static String pickupText(Pickup p) {
        if (p instanceof Pickup.AtWindow w) {
            return "window: " + w.place() + (w.hours().isEmpty() ? "" : ", " + w.hours());
        }
        if (p instanceof Pickup.ByPost post) {
            return "post: " + post.carrier() + (post.trackingNumber().isEmpty() ? "" : " " + post.trackingNumber());
        }
        if (p instanceof Pickup.Electronic e) {
            return "electronic: " + e.channel();
        }
        return "not set";
    }

    static ObjectNode deadlineJson(Deadline d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", d.getClass().getSimpleName());
        if (d instanceof Deadline.OnTime t) {
            o.put("promisedDate", t.promisedDate().toString());
            o.put("workingDaysLeft", t.workingDaysLeft());
        } else if (d instanceof Deadline.Overdue ov) {
            ov.promisedDate().ifPresent(p -> o.put("promisedDate", p.toString()));
            o.put("workingDaysLate", ov.workingDaysLate());
        } else if (d instanceof Deadline.AwaitingMaterials a) {
            a.supplyBy().ifPresent(by -> o.put("supplyBy", by.toString()));
            a.workingDaysLeft().ifPresent(n -> o.put("workingDaysLeft", n));
        } else if (d instanceof Deadline.Suspended s) {
            s.promisedDate().ifPresent(p -> o.put("promisedDate", p.toString()));
        }
        return o;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import cases into the local store (" + LocalCaseStore.FILE_NAME + " in the data directory) from a JSON or YAML file,",
                "replacing cases with the same number. Names are stored masked; ID numbers and query codes only as salted hashes.",
                "The file format is in docs/progress.md. Set progress.source: local for the kiosk to use the store."})
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases, .json or .yaml/.yml.")
        Path file;

        @Option(names = "--demo", description = "Import the bundled demo cases (one in every status), dated to this week.")
        boolean demo;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if ((file == null) == !demo) {
                throw new CommandFailure("give either FILE or --demo");
            }
            KioskCtl ctl = KioskCtl.of(spec);
            Clock clock = ctl.clock();
            var cases = demo ? DemoCases.load(LocalDate.now(clock), clock.getZone()) : read(file, clock);
            Path db;
            try {
                db = ctl.dataDirectory().ensureExists().root().resolve(LocalCaseStore.FILE_NAME);
            } catch (IOException e) {
                throw new CommandFailure(e.getMessage());
            }
            try (LocalCaseStore store = LocalCaseStore.open(db)) {
                LocalCaseStore.ImportReport report = store.importCases(cases);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Imported " + report.total() + " case(s) into " + db + ": " + report.added() + " new, "
                        + report.replaced() + " replaced; the store now holds " + store.count() + ".");
                if (ctl.config().section(ProgressSettings.class).source() != ProgressSettings.Source.LOCAL) {
                    out.println("Note: the kiosk reads " + ctl.config().section(ProgressSettings.class).source().name().toLowerCase()
                            + " cases now; set progress.source: local in kiosk.yaml to use this store.");
                }
                return 0;
            } catch (CaseStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }

        private List<org.hallkiosk.kiosk.progress.ImportedCase> read(Path f, Clock clock) {
            if (!Files.isRegularFile(f)) {
                throw new CommandFailure(f + ": no such file");
            }
            try {
                return new CaseFile(clock.getZone()).read(f).cases();
            } catch (CaseFileException e) {
                StringBuilder b = new StringBuilder(f + ": nothing imported, " + e.problems().size() + " problem(s):");
                e.problems().forEach(p -> b.append("\n  ").append(p));
                throw new CommandFailure(b.toString());
            } catch (IOException e) {
                throw new CommandFailure(f + ": cannot be read: " + e.getMessage());
            }
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Print the signed receipt QR payload (HKQ1 format) for a case number and query code,",
                "using progress.qr.signed.key — for centres whose receipt printing uses the kiosk's signed format, and for tests."})
    static final class Sign implements Callable<Integer> {

        @Option(names = "--case", required = true, paramLabel = "NO", description = "The case number.")
        String caseNumber;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The query code.")
        String code;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!ReceiptKey.isValid(caseNumber, code)) {
                throw new CommandFailure("a case number is 4-64 letters, digits or '-', a query code 4-32 letters or digits");
            }
            ProgressSettings settings = KioskCtl.of(spec).config().section(ProgressSettings.class);
            QrRule.SignedRule rule = settings.qrRules().stream().filter(QrRule.SignedRule.class::isInstance)
                    .map(QrRule.SignedRule.class::cast).findFirst()
                    .orElseThrow(() -> new CommandFailure("progress.qr.signed.key is not set in the configuration"));
            spec.commandLine().getOut().println(ReceiptSignature.sign(rule.key(), new ReceiptKey(caseNumber, code)));
            return 0;
        }
    }
}
