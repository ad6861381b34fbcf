package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.rating.RatingStore;
import org.hallkiosk.kiosk.rating.RatingWords;
import org.hallkiosk.privacy.IdentityKey;
import org.hallkiosk.privacy.IdentityKeyException;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.CallBack;
import org.hallkiosk.rating.Rating;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingInputException;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingRequest;
import org.hallkiosk.rating.RatingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl rating}: 好差评 for staff-assisted entry and tests, the list of ratings, and handling bad ones. */
@Command(name = "rating", mixinStandardHelpOptions = true,
        description = {"好差评: rate a finished service (GB/T 39734 一次一评), list ratings, mark a bad rating handled (差评整改).",
            "Ratings live in the kiosk's queue database ($HALLKIOSK_HOME/queue.db) beside the tickets they rate."},
        subcommands = {RatingCommand.Submit.class, RatingCommand.ListRatings.class, RatingCommand.Handle.class, RatingCommand.CallBackNumber.class})
public final class RatingCommand implements Runnable {

    /** Exit code when the service was rated before, or cannot be rated. */
    static final int REFUSED = 2;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The store, the clock and the configuration of one invocation. */
    record Opened(RatingStore store, Clock clock, KioskConfig config) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
        }
    }

    static Opened open(CommandSpec spec) throws ConfigException {
        return open(spec, new StoreOptions());
    }

    /** The kiosk's store, or the hall's database named by {@code --db} (its call-back numbers open only with {@code --key}). */
    static Opened open(CommandSpec spec, StoreOptions where) throws ConfigException {
        KioskCtl ctl = KioskCtl.of(spec);
        KioskConfig config = ctl.config();
        Clock clock = ctl.clock();
        try {
            if (where.db == null) {
                return new Opened(RatingStore.open(ctl.dataDirectory().root(), config.section(QueueSettings.class),
                        config.section(RatingSettings.class), clock), clock, config);
            }
            if (where.key != null && !java.nio.file.Files.isRegularFile(where.key)) {
                throw new CommandFailure("no identity key at " + where.key + " (give the hall server's identity.key)");
            }
            // Without the hall's key nothing sealed can be opened; listing and handling need none.
            IdentityKey key = where.key == null ? IdentityKey.ephemeral() : IdentityKey.loadOrCreate(where.key);
            QueueDatabase db = QueueDatabase.open(where.db);
            return new Opened(RatingStore.on(db, key, config.section(QueueSettings.class), config.section(RatingSettings.class), clock),
                    clock, config);
        } catch (QueueStoreException | IdentityKeyException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static Map<String, Object> json(Rating r, RatingDesk desk, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.service().kind().name().toLowerCase(Locale.ROOT));
        m.put("service", r.service().label());
        r.service().line().ifPresent(l -> m.put("line", l));
        if (r.service().window() > 0) {
            m.put("window", r.service().window());
        }
        r.service().item().ifPresent(i -> m.put("item", i));
        r.service().staffId().ifPresent(s -> m.put("staffId", s));
        m.put("level", r.level().value());
        m.put("levelName", r.level().zh());
        m.put("reasons", r.reasons().stream().map(BadReason::code).toList());
        r.text().ifPresent(t -> m.put("text", t));
        r.callBackMasked().ifPresent(c -> m.put("callBack", c));
        m.put("device", r.device());
        m.put("ratedAt", r.ratedAt().atZone(clock.getZone()).toOffsetDateTime().toString());
        m.put("bad", r.level().isBad());
        r.handling().ifPresent(h -> m.put("handled", Map.of("by", h.by(), "note", h.note(),
                "at", h.at().atZone(clock.getZone()).toOffsetDateTime().toString())));
        m.put("overdue", desk.isOverdue(r));
        return m;
    }

    /** Rates a ticket finished today. */
    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = {"Rate a ticket a window finished today (staff-assisted entry, tests). Exit 2 when it was rated",
                "before or cannot be rated (not finished, another day, unknown), with the reason."})
    static final class Submit implements Callable<Integer> {
        @Option(names = "--ticket", required = true, paramLabel = "NUMBER", description = "Today's ticket number (A007), its id, or its QR text.")
        String ticket;

        @Option(names = "--level", required = true, paramLabel = "1-5",
                description = "5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意.")
        int level;

        @Option(names = "--reason", paramLabel = "CODE",
                description = "For levels 1-2, at least one: attitude, waiting, slow, not-told-at-once, irregular, guide-wrong, facilities, other.")
        List<String> reasons = new ArrayList<>();

        @Option(names = "--text", paramLabel = "TEXT", description = "What the visitor said (ID and mobile numbers in it are masked).")
        String text;

        @Option(names = "--callback", paramLabel = "MOBILE", description = "A number for a return visit; needs --consent.")
        String callback;

        @Option(names = "--consent", description = "The visitor agreed that the call-back number is kept for a return visit.")
        boolean consent;

        @Option(names = "--json", description = "Print the rating as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RatingRequest request;
            try {
                LinkedHashSet<BadReason> why = new LinkedHashSet<>();
                for (String r : reasons) {
                    why.add(BadReason.of(r));
                }
                Optional<CallBack> cb = callback == null ? Optional.empty() : Optional.of(CallBack.withConsent(callback, consent));
                request = new RatingRequest(RatingLevel.of(level), why, Optional.ofNullable(text), cb);
            } catch (RatingInputException e) {
                throw new CommandFailure(e.getMessage());
            }
            try (Opened o = open(spec)) {
                String device = o.config().kioskId() + "/kioskctl";
                RatingOutcome outcome = o.store().ratings().rateTicket(ticket, request, device);
                PrintWriter out = spec.commandLine().getOut();
                if (outcome instanceof RatingOutcome.Recorded r) {
                    if (json) {
                        out.println(QueueCommand.toJson(json(r.rating(), o.store().ratings(), o.clock())));
                    } else {
                        out.println(r.rating().id() + " " + r.rating().service().label() + " " + r.rating().level().zh()
                                + " — 感谢您的评价 / rating recorded");
                    }
                    return 0;
                }
                RatingWords words = new RatingWords(o.clock().getZone());
                spec.commandLine().getErr().println(words.say(outcome, false) + " / " + words.say(outcome, true));
                return REFUSED;
            } catch (QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    /** Lists ratings. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Ratings, newest first. A bad rating open longer than rating.handleWithinDays is flagged OVERDUE."})
    static final class ListRatings implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Option(names = "--bad", description = "Only 不满意 and 非常不满意.")
        boolean bad;

        @Option(names = "--open", description = "Only bad ratings nobody has marked handled.")
        boolean open;

        @Option(names = "--json", description = "Print as a JSON array.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Opened o = open(spec, where)) {
                RatingDesk desk = o.store().ratings();
                List<Rating> list = desk.all(bad || open).stream().filter(r -> !open || r.isOpen()).toList();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(QueueCommand.toJson(list.stream().map(r -> json(r, desk, o.clock())).toList()));
                    return 0;
                }
                if (list.isEmpty()) {
                    out.println("no ratings" + (bad || open ? " of that kind" : " yet"));
                    return 0;
                }
                for (Rating r : list) {
                    StringBuilder b = new StringBuilder();
                    b.append(r.id()).append("  ").append(WHEN.format(r.ratedAt().atZone(o.clock().getZone()))).append("  ")
                            .append(r.service().label());
                    if (r.service().window() > 0) {
                        b.append(" 窗口").append(r.service().window());
                    }
                    b.append("  ").append(r.level().value()).append(' ').append(r.level().zh());
                    if (!r.reasons().isEmpty()) {
                        b.append("  [").append(String.join(", ", r.reasons().stream().map(BadReason::zh).toList())).append(']');
                    }
                    r.text().ifPresent(t -> b.append("  “").append(t).append('”'));
                    r.callBackMasked().ifPresent(c -> b.append("  回访 ").append(c));
                    if (r.handling().isPresent()) {
                        b.append("  已整改: ").append(r.handling().get().by()).append(" — ").append(r.handling().get().note());
                    } else if (desk.isOverdue(r)) {
                        b.append("  OVERDUE 超期未整改");
                    } else if (r.isOpen()) {
                        b.append("  待整改 open");
                    }
                    out.println(b);
                }
                return 0;
            }
        }
    }

    /** Marks a bad rating handled. */
    @Command(name = "handle", mixinStandardHelpOptions = true, description = "Mark a bad rating handled (差评整改): who, what was done; the time is now.")
    static final class Handle implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Parameters(paramLabel = "ID", description = "The rating's reference, e.g. PJ-261127-7KQ3.")
        String id;

        @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who handled it (name or staff id).")
        String by;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What was done.")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Opened o = open(spec, where)) {
                Rating r = o.store().ratings().markHandled(id.strip().toUpperCase(Locale.ROOT), by, note);
                spec.commandLine().getOut().println(r.id() + " 已整改 handled by " + r.handling().orElseThrow().by() + " at "
                        + WHEN.format(r.handling().orElseThrow().at().atZone(o.clock().getZone())));
                return 0;
            } catch (RatingInputException | QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    /** Shows the full call-back number for a return visit. */
    @Command(name = "callback", mixinStandardHelpOptions = true,
            description = {"The full call-back number of a rating, for the return visit (回访); opened with identity.key."})
    static final class CallBackNumber implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Parameters(paramLabel = "ID", description = "The rating's reference.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Opened o = open(spec, where)) {
                Optional<String> number = o.store().ratings().callBackNumber(id.strip().toUpperCase(Locale.ROOT));
                if (number.isEmpty()) {
                    throw new CommandFailure(id + ": no call-back number was given (or no such rating)");
                }
                spec.commandLine().getOut().println(number.get());
                return 0;
            } catch (IdentityKeyException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }
}
