package org.hallkiosk.kiosk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.hall.HallClient;
import org.hallkiosk.kiosk.hall.HallKioskQueue;
import org.hallkiosk.kiosk.hall.KioskQueues;
import org.hallkiosk.kiosk.hall.QueueMode;
import org.hallkiosk.kiosk.queue.KioskQueue;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.queue.CounterException;
import org.hallkiosk.queue.NoShowOutcome;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.QueueStatus;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.queue.Refusal;
import org.hallkiosk.queue.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl queue}: the counter's side of the queue (call, recall, done, no-show, transfer) and its status. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"The counter side of the queue, on the kiosk's queue database ($HALLKIOSK_HOME/queue.db),",
            "or with queue.mode: hall on the hall server (a counter's token: $HALLKIOSK_HALL_TOKEN or --token-file).",
            "Windows call the next ticket by priority (booking, then senior, then number)."},
        subcommands = {QueueCommand.Call.class, QueueCommand.Recall.class, QueueCommand.Done.class, QueueCommand.NoShow.class,
            QueueCommand.Transfer.class, QueueCommand.Status.class, QueueBench.class})
public final class QueueCommand implements Runnable {

    /** A counter's token for the counter commands in hall mode. */
    static final String TOKEN_VARIABLE = "HALLKIOSK_HALL_TOKEN";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The queue as a command sees it: the catalogue's lines, the database, words for refusals. */
    static final class Opened implements AutoCloseable {
        final KioskConfig config;
        final CatalogueHolder content;
        /** The kiosk's own database (in hall mode: its leases, offline tickets and reprints). */
        final QueueServices queue;
        /** Issuing as the screens do: on queue.db, or through the hall server in hall mode. */
        final KioskQueue kiosk;
        final I18n words;
        final Clock clock;
        final Map<String, String> env;

        private Opened(KioskConfig config, CatalogueHolder content, QueueServices queue, KioskQueue kiosk, Clock clock,
                       Map<String, String> env) {
            this.config = config;
            this.content = content;
            this.queue = queue;
            this.kiosk = kiosk;
            this.words = new I18n(config.language());
            this.clock = clock;
            this.env = env;
        }

        /**
         * The window actions: on queue.db, or in hall mode on the server with a counter's token — from
         * {@code tokenFile}, else {@code HALLKIOSK_HALL_TOKEN}, else kiosk.yaml's {@code queue.hall.token} (a kiosk's
         * token, which the server refuses for counter work, with a message that says so).
         */
        CounterActions counter(Optional<java.nio.file.Path> tokenFile) {
            QueueMode mode = KioskQueues.mode(config);
            if (!mode.hall()) {
                return CounterActions.local(queue.counter());
            }
            String token;
            String source;
            if (tokenFile.isPresent()) {
                try {
                    token = java.nio.file.Files.readString(tokenFile.get()).trim();
                } catch (java.io.IOException e) {
                    throw new CommandFailure("cannot read the token file " + tokenFile.get() + ": " + e.getMessage());
                }
                source = "--token-file " + tokenFile.get();
            } else if (env.containsKey(TOKEN_VARIABLE) && !env.get(TOKEN_VARIABLE).isBlank()) {
                token = env.get(TOKEN_VARIABLE).trim();
                source = TOKEN_VARIABLE;
            } else {
                token = mode.token();
                source = "queue.hall.token in kiosk.yaml";
            }
            return CounterActions.hall(HallClient.of(mode.url().orElseThrow(), token, mode.timeout()), source);
        }

        /** A refusal in the configured language. */
        String say(Refusal r) {
            return words.get("queue.refusal." + r.rule(), r.arguments().toArray());
        }

        @Override
        public void close() {
            kiosk.close();
            content.close();
        }
    }

    /** Opens the queue for {@code spec}'s kioskctl invocation. */
    static Opened open(CommandSpec spec) throws ConfigException {
        KioskCtl ctl = KioskCtl.of(spec);
        KioskConfig config = ctl.config();
        Clock clock = ctl.clock();
        CatalogueHolder content = KioskAssembly.content(config, clock);
        try {
            QueueServices services = KioskQueues.local(config, ctl.dataDirectory().root(),
                    new CatalogueLines(() -> content.current().catalogue()), clock);
            KioskQueue kiosk = KioskQueues.mode(config).hall()
                    ? HallKioskQueue.open(services, KioskQueues.mode(config), config.kioskId(), clock) : KioskQueues.localMode(services);
            return new Opened(config, content, services, kiosk, clock, ctl.env());
        } catch (QueueStoreException e) {
            content.close();
            throw new CommandFailure(e.getMessage());
        }
    }


    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static String toJson(Object value) {
        try {
            return json().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }

    static Map<String, Object> ticketJson(Ticket t, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("number", t.number());
        m.put("line", t.line());
        m.put("issuedOn", t.issuedOn());
        m.put("state", t.state().name().toLowerCase(Locale.ROOT));
        m.put("priority", t.priority().name().toLowerCase(Locale.ROOT));
        m.put("issuedAt", time(t.issuedAt(), zone));
        if (t.window() > 0) {
            m.put("window", t.window());
        }
        t.calledAt().ifPresent(at -> m.put("calledAt", time(at, zone)));
        t.maskedName().ifPresent(n -> m.put("name", n));
        if (t.misses() > 0) {
            m.put("misses", t.misses());
        }
        return m;
    }

    private static String time(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Shared by the counter actions: the window and the output form. */
    abstract static class WindowAction implements Callable<Integer> {
        @Option(names = "--window", required = true, paramLabel = "N", description = "The counter window (1-999).")
        int window;

        @Option(names = "--json", description = "Print the ticket as JSON.")
        boolean json;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "Hall mode: a counter's token in this file (else $HALLKIOSK_HALL_TOKEN, else queue.hall.token).")
        java.nio.file.Path tokenFile;

        @Spec
        CommandSpec spec;

        CounterActions counter;

        @Override
        public Integer call() throws Exception {
            try (Opened q = open(spec)) {
                PrintWriter out = spec.commandLine().getOut();
                try {
                    counter = q.counter(Optional.ofNullable(tokenFile));
                    return act(q, out);
                } catch (CounterException e) {
                    throw new CommandFailure(e.getMessage());
                } catch (QueueStoreException e) {
                    throw new CommandFailure(e.getMessage());
                }
            }
        }

        abstract int act(Opened q, PrintWriter out);

        void print(PrintWriter out, Opened q, Ticket t, String text) {
            if (json) {
                out.println(toJson(ticketJson(t, q.clock.getZone())));
            } else {
                out.println(text);
            }
        }
    }

    /** Calls the next ticket to a window. */
    @Command(name = "call", mixinStandardHelpOptions = true,
            description = {"Call the next ticket to a window: booking priority first, then seniors, then by number.",
                "Exits 4 when nobody is waiting."})
    static final class Call extends WindowAction {
        @Option(names = "--line", paramLabel = "PREFIX",
                description = "Call from this line only (default: every line whose windows in lines.yaml include --window).")
        String line;

        @Override
        int act(Opened q, PrintWriter out) {
            Optional<Ticket> t = counter.call(window, Optional.ofNullable(line));
            if (t.isEmpty()) {
                if (json) {
                    out.println("{ \"called\" : null }");
                }
                spec.commandLine().getErr().println("nobody is waiting for window " + window);
                return 4;
            }
            print(out, q, t.get(), "请 " + t.get().number() + " 号到 " + window + " 号窗口 / " + t.get().number() + " to window " + window);
            return 0;
        }
    }

    /** Calls the window's ticket again. */
    @Command(name = "recall", mixinStandardHelpOptions = true, description = "Call the window's current ticket again.")
    static final class Recall extends WindowAction {
        @Override
        int act(Opened q, PrintWriter out) {
            Ticket t = counter.recall(window);
            print(out, q, t, "再次呼叫 " + t.number() + " 到 " + window + " 号窗口 / " + t.number() + " called again to window " + window);
            return 0;
        }
    }

    /** Finishes the window's ticket. */
    @Command(name = "done", mixinStandardHelpOptions = true,
            description = "The window has served its ticket; the service time feeds the line's wait estimate.")
    static final class Done extends WindowAction {
        @Override
        int act(Opened q, PrintWriter out) {
            Ticket t = counter.done(window);
            print(out, q, t, t.number() + " 办结 / served at window " + window);
            return 0;
        }
    }

    /** Marks the window's ticket as a no-show (过号). */
    @Command(name = "no-show", mixinStandardHelpOptions = true,
            description = {"The visitor did not come (过号). By queue.noShow in kiosk.yaml: void the ticket,",
                "or put it back in line after queue.requeueAfterMinutes (at most queue.requeueLimit times)."})
    static final class NoShow extends WindowAction {
        @Override
        int act(Opened q, PrintWriter out) {
            NoShowOutcome o = counter.noShow(window);
            String text = o.voided()
                    ? o.ticket().number() + " 过号作废 / missed, void"
                    : o.ticket().number() + " 过号，" + q.config.section(QueueSettings.class).requeueAfterMinutes()
                            + " 分钟后重新排队 / missed, back in line from " + o.callableFrom().map(at -> at.atZone(q.clock.getZone())
                            .toLocalTime().withNano(0).toString()).orElse("");
            print(out, q, o.ticket(), text);
            return 0;
        }
    }

    /** Sends the window's ticket to another line. */
    @Command(name = "transfer", mixinStandardHelpOptions = true,
            description = "Send the window's ticket to another line; it keeps its number and priority.")
    static final class Transfer extends WindowAction {
        @Option(names = "--to", required = true, paramLabel = "PREFIX", description = "The line to send the ticket to.")
        String to;

        @Option(names = "--front", description = "Put it at the front of that line instead of the end.")
        boolean front;

        @Override
        int act(Opened q, PrintWriter out) {
            Ticket t = counter.transfer(window, to, front);
            print(out, q, t, t.number() + " 转到 " + to + " 线" + (front ? "队首" : "队尾") + " / moved to line " + to);
            return 0;
        }
    }

    /** Today's queue. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Per line: waiting, at a window, served, average service time; then today's tickets with their state.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON: {serviceDay, lines: [...], tickets: [...]}.")
        boolean json;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "Hall mode: a counter's token in this file (else $HALLKIOSK_HALL_TOKEN, else queue.hall.token).")
        java.nio.file.Path tokenFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Opened q = open(spec)) {
                QueueStatus s;
                try {
                    s = q.counter(Optional.ofNullable(tokenFile)).status();
                } catch (QueueStoreException e) {
                    throw new CommandFailure(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                ZoneId zone = q.clock.getZone();
                if (json) {
                    Map<String, Object> root = new LinkedHashMap<>();
                    root.put("serviceDay", s.serviceDay().toString());
                    List<Object> lines = new ArrayList<>();
                    for (QueueStatus.LineCounts l : s.lines()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("prefix", l.prefix());
                        m.put("name", l.name());
                        m.put("waiting", l.waiting());
                        m.put("called", l.called());
                        m.put("served", l.served());
                        m.put("averageServiceMinutes", Math.round(l.averageServiceMinutes() * 10) / 10.0);
                        lines.add(m);
                    }
                    root.put("lines", lines);
                    root.put("tickets", s.tickets().stream().map(t -> ticketJson(t, zone)).toList());
                    out.println(toJson(root));
                    return 0;
                }
                out.println("排队情况 / queue on " + s.serviceDay());
                out.printf("%-6s %-12s %7s %6s %6s %9s%n", "line", "name", "waiting", "called", "served", "avg min");
                for (QueueStatus.LineCounts l : s.lines()) {
                    out.printf("%-6s %-12s %7d %6d %6d %9.1f%n", l.prefix(), l.name(), l.waiting(), l.called(), l.served(),
                            l.averageServiceMinutes());
                }
                out.println();
                if (s.tickets().isEmpty()) {
                    out.println("no tickets today");
                }
                for (Ticket t : s.tickets()) {
                    out.printf("%-6s %-4s %-8s %-11s %s%s%n", t.number(), t.line(), t.state().name().toLowerCase(Locale.ROOT),
                            t.priority().name().toLowerCase(Locale.ROOT),
                            t.issuedAt().atZone(zone).toLocalTime().withNano(0),
                            t.window() > 0 ? "  window " + t.window() : "");
                }
                return 0;
            }
        }
    }
}
