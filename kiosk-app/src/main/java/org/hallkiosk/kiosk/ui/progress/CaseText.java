package org.hallkiosk.kiosk.ui.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.kiosk.progress.CaseRecord;
import org.hallkiosk.kiosk.progress.CaseStatus;
import org.hallkiosk.kiosk.progress.Deadline;
import org.hallkiosk.kiosk.progress.Pickup;
import org.hallkiosk.kiosk.ui.I18n;

/** The words the 进度查询 screen says about a case, in the current language. */
final class CaseText {

    /** How a deadline line should look: plain, or a warning (overdue, materials late). */
    enum Tone { PLAIN, WARNING }

    /**
     * What to say about time: a short headline (还剩 5 个工作日), a detail line (the date), and the tone. An empty
     * headline means nothing to say (a finished case).
     */
    record DeadlineLine(String headline, String detail, Tone tone) {
    }

    private final I18n i18n;

    CaseText(I18n i18n) {
        this.i18n = i18n;
    }

    String status(CaseStatus s) {
        return i18n.get("progress.status." + s.name());
    }

    String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern(i18n.get("progress.dateFormat"), i18n.locale()));
    }

    String dateTime(LocalDateTime t) {
        return t.format(DateTimeFormatter.ofPattern(i18n.get("progress.dateTimeFormat"), i18n.locale()));
    }

    DeadlineLine deadline(Deadline d) {
        if (d instanceof Deadline.OnTime t) {
            String promised = i18n.get("progress.deadline.promised", date(t.promisedDate()));
            return t.workingDaysLeft() == 0
                    ? line(Tone.PLAIN, i18n.get("progress.deadline.dueToday"), promised)
                    : line(Tone.PLAIN, i18n.get("progress.deadline.daysLeft", t.workingDaysLeft()), promised);
        }
        if (d instanceof Deadline.Overdue o) {
            String headline = o.workingDaysLate() > 0
                    ? i18n.get("progress.deadline.overdue", o.workingDaysLate())
                    : i18n.get("progress.deadline.overdueNoDays");
            String detail = o.promisedDate().map(p -> i18n.get("progress.deadline.promisedOverdue", date(p)))
                    .orElseGet(() -> i18n.get("progress.deadline.askDesk"));
            return line(Tone.WARNING, headline, detail);
        }
        if (d instanceof Deadline.AwaitingMaterials a) {
            if (a.supplyBy().isEmpty()) {
                return line(Tone.PLAIN, i18n.get("progress.deadline.materialsNoDate"), "");
            }
            String by = i18n.get("progress.deadline.supplyBy", date(a.supplyBy().get()));
            if (a.workingDaysLeft().isEmpty()) {
                return line(Tone.WARNING, i18n.get("progress.deadline.materialsLate"), by);
            }
            return a.workingDaysLeft().get() == 0
                    ? line(Tone.WARNING, i18n.get("progress.deadline.materialsToday"), by)
                    : line(Tone.PLAIN, i18n.get("progress.deadline.materials", a.workingDaysLeft().get()), by);
        }
        if (d instanceof Deadline.Suspended s) {
            return line(Tone.PLAIN, i18n.get("progress.deadline.suspended"),
                    s.promisedDate().map(p -> i18n.get("progress.deadline.suspendedDate", date(p))).orElse(""));
        }
        if (d instanceof Deadline.NotStarted) {
            return line(Tone.PLAIN, i18n.get("progress.deadline.notStarted"), "");
        }
        if (d instanceof Deadline.NoPromisedDate) {
            return line(Tone.PLAIN, i18n.get("progress.deadline.noDate"), i18n.get("progress.deadline.askDesk"));
        }
        return line(Tone.PLAIN, "", "");
    }

    private static DeadlineLine line(Tone tone, String headline, String detail) {
        return new DeadlineLine(headline, detail, tone);
    }

    /** The pickup lines; none when the method is not set. */
    List<String> pickup(Pickup p) {
        List<String> lines = new ArrayList<>();
        if (p instanceof Pickup.AtWindow w) {
            lines.add(i18n.get("progress.pickup.window", w.place()));
            if (!w.hours().isEmpty()) {
                lines.add(i18n.get("progress.pickup.windowHours", w.hours()));
            }
        } else if (p instanceof Pickup.ByPost post) {
            lines.add(i18n.get("progress.pickup.post", post.carrier()));
            if (!post.trackingNumber().isEmpty()) {
                lines.add(i18n.get("progress.pickup.postTracking", post.trackingNumber()));
            }
        } else if (p instanceof Pickup.Electronic e) {
            lines.add(e.channel().isEmpty() ? i18n.get("progress.pickup.electronicAny") : i18n.get("progress.pickup.electronic", e.channel()));
        }
        return lines;
    }

    /** The list row's second line: accepted when, or not yet. */
    String accepted(CaseRecord c) {
        return c.acceptedAt().map(t -> i18n.get("progress.list.accepted", date(t.toLocalDate())))
                .orElseGet(() -> i18n.get("progress.list.notAccepted"));
    }

    /** The style class for a status: how far along it is, never the only signal (the words say it). */
    static String statusClass(CaseStatus s) {
        return switch (s.phase()) {
            case BEFORE_ACCEPTANCE, RUNNING -> "progress-status-running";
            case WAITING_FOR_APPLICANT, SUSPENDED -> "progress-status-waiting";
            case DECIDED -> s == CaseStatus.REFUSED ? "progress-status-closed" : "progress-status-done";
            case CLOSED -> s == CaseStatus.DELIVERED ? "progress-status-done" : "progress-status-closed";
        };
    }
}
