package org.hallkiosk.queue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Why a ticket was not issued, with what the visitor needs to know. {@link #rule()} names the rule for
 * machines; the screens and kioskctl word it from {@code queue.refusal.<rule>} with {@link #arguments()}.
 */
public sealed interface Refusal {

    /** A stable name, e.g. {@code quota-reached}. */
    String rule();

    /** The values the message shows, in order. */
    List<Object> arguments();

    /** No line has this prefix. */
    record UnknownLine(String prefix) implements Refusal {
        public String rule() {
            return "unknown-line";
        }

        public List<Object> arguments() {
            return List.of(prefix);
        }
    }

    /** The line does not open today (weekend, holiday). */
    record ClosedToday(String lineName) implements Refusal {
        public String rule() {
            return "closed-today";
        }

        public List<Object> arguments() {
            return List.of(lineName);
        }
    }

    /** Not issuing now; {@code nextFrom} is when issuing starts again today, if it does. */
    record OutsideHours(String lineName, Optional<LocalTime> nextFrom) implements Refusal {
        public String rule() {
            return nextFrom.isPresent() ? "outside-hours-later" : "outside-hours";
        }

        public List<Object> arguments() {
            return List.of(lineName, nextFrom.map(LocalTime::toString).orElse(""));
        }
    }

    /** The day's quota is used up. */
    record QuotaReached(String lineName, int quota) implements Refusal {
        public String rule() {
            return "quota-reached";
        }

        public List<Object> arguments() {
            return List.of(lineName, quota);
        }
    }

    /** The people already waiting fill the time left before closing. */
    record ClosingSoon(String lineName, LocalTime closesAt, int waiting) implements Refusal {
        public String rule() {
            return "closing-soon";
        }

        public List<Object> arguments() {
            return List.of(lineName, closesAt.toString(), waiting);
        }
    }

    /** The visitor already holds an open ticket on this line. */
    record AlreadyWaiting(String number, int ahead) implements Refusal {
        public String rule() {
            return "already-waiting";
        }

        public List<Object> arguments() {
            return List.of(number, ahead);
        }
    }

    /** All numbers of the day (up to 9999) have been issued. */
    record NumbersExhausted(String lineName) implements Refusal {
        public String rule() {
            return "numbers-exhausted";
        }

        public List<Object> arguments() {
            return List.of(lineName);
        }
    }

    /** A booking QR code that matches no imported booking. */
    record UnknownBooking() implements Refusal {
        public String rule() {
            return "unknown-booking";
        }

        public List<Object> arguments() {
            return List.of();
        }
    }

    /** The card's holder has no booking today. */
    record NoBookingToday() implements Refusal {
        public String rule() {
            return "no-booking-today";
        }

        public List<Object> arguments() {
            return List.of();
        }
    }

    /** The booking is for another day. */
    record BookingOtherDay(java.time.LocalDate day) implements Refusal {
        public String rule() {
            return "booking-other-day";
        }

        public List<Object> arguments() {
            return List.of(day.toString());
        }
    }

    /** Too early to check in; check-in opens at {@code opensAt}. */
    record BookingTooEarly(LocalTime opensAt) implements Refusal {
        public String rule() {
            return "booking-too-early";
        }

        public List<Object> arguments() {
            return List.of(opensAt.toString());
        }
    }

    /** The booked slot (and its margin) ended at {@code endedAt}; the visitor can take an ordinary ticket. */
    record BookingMissed(LocalTime endedAt) implements Refusal {
        public String rule() {
            return "booking-missed";
        }

        public List<Object> arguments() {
            return List.of(endedAt.toString());
        }
    }

    /** The booking was already checked in, as ticket {@code number}. */
    record BookingUsed(String number) implements Refusal {
        public String rule() {
            return "booking-used";
        }

        public List<Object> arguments() {
            return List.of(number);
        }
    }

    /** The card shown is not the booking holder's. */
    record BookingOtherPerson() implements Refusal {
        public String rule() {
            return "booking-other-person";
        }

        public List<Object> arguments() {
            return List.of();
        }
    }
    /**
     * A refusal as the hall server worded it ({@code rule} and {@code arguments} from its answer): a kiosk in hall
     * mode shows it like its own, from the same messages.
     */
    record Remote(String rule, List<Object> arguments) implements Refusal {
        public Remote {
            java.util.Objects.requireNonNull(rule, "rule");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The hall server does not answer and this kiosk cannot issue without it: no leased number of the line is left,
     * or a booking that only the server can check.
     */
    record HallUnreachable() implements Refusal {
        public String rule() {
            return "hall-unreachable";
        }

        public List<Object> arguments() {
            return List.of();
        }
    }
}
