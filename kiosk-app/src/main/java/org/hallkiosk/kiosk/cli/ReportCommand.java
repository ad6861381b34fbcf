package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.print.notice.NoticeFont;
import org.hallkiosk.kiosk.print.notice.NoticeFontException;
import org.hallkiosk.kiosk.print.notice.NoticeSettings;
import org.hallkiosk.kiosk.rating.RatingStore;
import org.hallkiosk.kiosk.report.MonthlyReportCsv;
import org.hallkiosk.kiosk.report.MonthlyReportPdf;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.report.MonthlyFigures;
import org.hallkiosk.report.MonthlyFiguresQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl report}: the hall's monthly report (月报) as a PDF and CSV files. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "The hall's reports.",
        subcommands = ReportCommand.Monthly.class)
public final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The monthly report. */
    @Command(name = "monthly", mixinStandardHelpOptions = true,
            description = {"The month's workload, waits, service times, busy hours, windows (忙闲不均) and 好差评, as an A4 PDF",
                "(and CSV). Reads the kiosk's queue.db, or with --db the hall's database (hall-wide)."})
    static final class Monthly implements Callable<Integer> {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-11.")
        String month;

        @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
        Path pdf;

        @Option(names = "--csv", paramLabel = "DIR", description = "Also write lines.csv, windows.csv, heatmap.csv, ratings.csv here.")
        Path csv;

        @Option(names = "--db", paramLabel = "JDBC-URL",
                description = "The hall's database (jdbc:postgresql://HOST/DB or jdbc:sqlite:/path/hall.db); default the kiosk's queue.db.")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            YearMonth ym;
            try {
                ym = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new CommandFailure("--month must be YYYY-MM, e.g. 2026-11, not '" + month + "'");
            }
            KioskCtl ctl = KioskCtl.of(spec);
            KioskConfig config = ctl.config();
            Clock clock = ctl.clock();
            Map<String, String> names = new LinkedHashMap<>();
            String hall;
            try (CatalogueHolder content = KioskAssembly.content(config, clock)) {
                for (QueueLine l : new CatalogueLines(() -> content.current().catalogue()).lines()) {
                    names.put(l.prefix(), l.name());
                }
                hall = config.hallName().isBlank() ? content.current().catalogue().hall().name() : config.hallName();
            }
            MonthlyFigures figures;
            QueueDatabase database;
            try {
                database = db == null ? QueueDatabase.open(ctl.dataDirectory().root().resolve(QueueServices.FILE)) : QueueDatabase.open(db);
            } catch (QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
            // The report opens no sealed contact: a throwaway key is enough, and the hall's key file is not needed.
            try (RatingStore store = RatingStore.on(database, IdentityKey.ephemeral(), config.section(QueueSettings.class),
                    config.section(RatingSettings.class), clock)) {
                figures = new MonthlyFiguresQuery(database, store.ratings(), names, clock).of(ym);
            }
            int pages;
            try (NoticeFont font = NoticeFont.locate(config.section(NoticeSettings.class).font())) {
                Path parent = pdf.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream out = Files.newOutputStream(pdf)) {
                    pages = new MonthlyReportPdf(font).write(figures, hall, clock.getZone(), out);
                }
            } catch (NoticeFontException e) {
                throw new CommandFailure(e.getMessage());
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + pdf + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println(pdf + ": " + pages + " page(s), " + Files.size(pdf) / 1024 + " KB"
                    + (figures.isEmpty() ? " — no data for " + ym : ""));
            if (csv != null) {
                List<Path> files = MonthlyReportCsv.write(figures, csv);
                spec.commandLine().getOut().println("CSV: " + files.stream().map(p -> p.getFileName().toString()).toList() + " in " + csv);
            }
            return 0;
        }
    }
}
