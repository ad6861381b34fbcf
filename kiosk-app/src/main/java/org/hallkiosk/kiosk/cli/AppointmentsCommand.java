package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hallkiosk.kiosk.queue.AppointmentImport;
import org.hallkiosk.kiosk.queue.AppointmentImportException;
import org.hallkiosk.queue.Appointment;
import org.hallkiosk.queue.AppointmentBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl appointments}: import the booking system's export, list a day's bookings. */
@Command(name = "appointments", mixinStandardHelpOptions = true,
        description = "Bookings (预约) that visitors check in at the kiosk by ID card or by the booking's QR code.",
        subcommands = {AppointmentsCommand.Import.class, AppointmentsCommand.ListDay.class})
public final class AppointmentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Imports a CSV or JSON export. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import bookings from CSV (header: code,line,date,from,to[,idNumber][,name]) or JSON",
                "(an array of objects with those fields). All or nothing: any problem is reported with its line and",
                "nothing is imported. ID numbers are kept only as a salted hash of the booking's day; names only masked.",
                "Bookings of past days are skipped; checked-in bookings are left unchanged."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The export, .csv or .json (UTF-8).")
        Path file;

        @Option(names = "--json", description = "Print the counts as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("no such file: " + file);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (QueueCommand.Opened q = QueueCommand.open(spec)) {
                AppointmentBook.ImportReport r;
                try {
                    r = new AppointmentImport(q.queue.appointments(), q.queue.desk().lines()).importFile(file);
                } catch (AppointmentImportException e) {
                    PrintWriter err = spec.commandLine().getErr();
                    e.problems().forEach(p -> err.println("  " + p));
                    throw new CommandFailure(e.getMessage());
                } catch (NoSuchFileException e) {
                    throw new CommandFailure("no such file: " + file);
                } catch (IOException e) {
                    throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
                }
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("added", r.added());
                    m.put("updated", r.updated());
                    m.put("unchangedCheckedIn", r.unchangedCheckedIn());
                    m.put("skippedPast", r.skippedPast());
                    out.println(QueueCommand.toJson(m));
                } else {
                    out.println("imported " + file + ": " + r.added() + " added, " + r.updated() + " updated, "
                            + r.unchangedCheckedIn() + " already checked in (unchanged), " + r.skippedPast() + " of past days skipped");
                }
                return 0;
            }
        }
    }

    /** Lists a day's bookings. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bookings of a day (default: today).")
    static final class ListDay implements Callable<Integer> {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
        String date;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (QueueCommand.Opened q = QueueCommand.open(spec)) {
                LocalDate day;
                try {
                    day = date == null ? q.queue.desk().today() : LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw new CommandFailure("--date must look like 2026-11-27 (got " + date + ")");
                }
                List<Appointment> list = q.queue.appointments().on(day);
                if (list.isEmpty()) {
                    out.println("no bookings on " + day);
                }
                for (Appointment a : list) {
                    out.println(a.code() + "  " + a.line() + "  " + a.slot() + "  " + a.maskedName().orElse("-")
                            + (a.identified() ? "  (ID card)" : "") + (a.checkedIn() ? "  checked in" : ""));
                }
                return 0;
            }
        }
    }
}
