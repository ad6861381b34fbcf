package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.privacy.IdentityKeyException;
import org.hallkiosk.queue.QueueStoreException;
import org.hallkiosk.rating.CallBack;
import org.hallkiosk.rating.Feedback;
import org.hallkiosk.rating.FeedbackCategory;
import org.hallkiosk.rating.FeedbackDesk;
import org.hallkiosk.rating.RatingInputException;
import org.hallkiosk.rating.RatingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kioskctl feedback}: 意见建议 and 投诉 — take one with a reference number, list them, mark one handled. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"意见建议 / 投诉: suggestions and complaints with a reference number the visitor can ask about."},
        subcommands = {FeedbackCommand.Submit.class, FeedbackCommand.ListFeedback.class, FeedbackCommand.Handle.class,
            FeedbackCommand.Contact.class})
public final class FeedbackCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Map<String, Object> json(Feedback f, FeedbackDesk desk, java.time.Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", f.reference());
        m.put("category", f.category().code());
        m.put("text", f.text());
        f.contactMasked().ifPresent(c -> m.put("contact", c));
        m.put("device", f.device());
        m.put("submittedAt", f.submittedAt().atZone(clock.getZone()).toOffsetDateTime().toString());
        f.handling().ifPresent(h -> m.put("handled", Map.of("by", h.by(), "note", h.note(),
                "at", h.at().atZone(clock.getZone()).toOffsetDateTime().toString())));
        m.put("overdue", desk.isOverdue(f));
        return m;
    }

    /** Takes a suggestion or complaint. */
    @Command(name = "submit", mixinStandardHelpOptions = true, description = "Take a suggestion or complaint; prints its reference number.")
    static final class Submit implements Callable<Integer> {
        @Option(names = "--category", required = true, paramLabel = "suggestion|complaint", description = "意见建议 (suggestion) or 投诉 (complaint).")
        String category;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What it is about (ID and mobile numbers in it are masked).")
        String text;

        @Option(names = "--contact", paramLabel = "MOBILE", description = "A number to reply to; needs --consent.")
        String contact;

        @Option(names = "--consent", description = "The visitor agreed that the contact number is kept for a reply.")
        boolean consent;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try {
                FeedbackCategory c = FeedbackCategory.of(category);
                Optional<CallBack> reply = contact == null ? Optional.empty() : Optional.of(CallBack.withConsent(contact, consent));
                try (RatingCommand.Opened o = RatingCommand.open(spec)) {
                    Feedback f = o.store().feedback().submit(c, text, reply, o.config().kioskId() + "/kioskctl");
                    PrintWriter out = spec.commandLine().getOut();
                    if (json) {
                        out.println(QueueCommand.toJson(json(f, o.store().feedback(), o.clock())));
                    } else {
                        String hotline = o.config().section(RatingSettings.class).hotline();
                        out.println(f.reference() + " " + c.zh() + " 已收到，请凭此编号查询；投诉热线 " + hotline
                                + " / received, reference " + f.reference() + "; hot line " + hotline);
                    }
                    return 0;
                }
            } catch (RatingInputException | QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    /** Lists suggestions and complaints. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Suggestions and complaints, newest first; OVERDUE when open past rating.handleWithinDays.")
    static final class ListFeedback implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Option(names = "--json", description = "Print as a JSON array.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RatingCommand.Opened o = RatingCommand.open(spec, where)) {
                FeedbackDesk desk = o.store().feedback();
                List<Feedback> all = desk.all();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(QueueCommand.toJson(all.stream().map(f -> json(f, desk, o.clock())).toList()));
                    return 0;
                }
                if (all.isEmpty()) {
                    out.println("no suggestions or complaints yet");
                }
                for (Feedback f : all) {
                    String state = f.handling().map(h -> "已处理: " + h.by() + " — " + h.note())
                            .orElse(desk.isOverdue(f) ? "OVERDUE 超期未处理" : "待处理 open");
                    out.println(f.reference() + "  " + RatingCommand.WHEN.format(f.submittedAt().atZone(o.clock().getZone())) + "  "
                            + f.category().zh() + "  “" + f.text() + "”" + f.contactMasked().map(c -> "  联系 " + c).orElse("") + "  " + state);
                }
                return 0;
            }
        }
    }

    /** Marks one handled. */
    @Command(name = "handle", mixinStandardHelpOptions = true, description = "Mark a suggestion or complaint handled: who, what was done; the time is now.")
    static final class Handle implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Parameters(paramLabel = "REFERENCE", description = "e.g. TS-261127-7KQ3.")
        String reference;

        @Option(names = "--by", required = true, paramLabel = "WHO")
        String by;

        @Option(names = "--note", required = true, paramLabel = "TEXT")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RatingCommand.Opened o = RatingCommand.open(spec, where)) {
                Feedback f = o.store().feedback().markHandled(reference, by, note);
                spec.commandLine().getOut().println(f.reference() + " 已处理 handled by " + f.handling().orElseThrow().by());
                return 0;
            } catch (RatingInputException | QueueStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    /** The full contact number, to reply. */
    @Command(name = "contact", mixinStandardHelpOptions = true, description = "The full contact number given with consent, to reply; opened with identity.key.")
    static final class Contact implements Callable<Integer> {
        @Mixin
        StoreOptions where;

        @Parameters(paramLabel = "REFERENCE")
        String reference;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RatingCommand.Opened o = RatingCommand.open(spec, where)) {
                Optional<String> n = o.store().feedback().contactNumber(reference.strip().toUpperCase(java.util.Locale.ROOT));
                if (n.isEmpty()) {
                    throw new CommandFailure(reference + ": no contact number was given (or no such reference)");
                }
                spec.commandLine().getOut().println(n.get());
                return 0;
            } catch (IdentityKeyException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }
}
