package org.hallkiosk.kiosk.ui.admin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.hallkiosk.kiosk.admin.AdminPinGuard;
import org.hallkiosk.kiosk.ui.I18n;

/** The admin PIN pad: digits typed (shown as dots), the guard's verdict, and what to say about it. */
public final class PinPadViewModel {

    private static final int MAX_DIGITS = 12;

    private final AdminPinGuard guard;
    private final I18n i18n;
    private final Runnable onAccepted;
    private final StringProperty digits = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PinPadViewModel(AdminPinGuard guard, I18n i18n, Runnable onAccepted) {
        this.guard = guard;
        this.i18n = i18n;
        this.onAccepted = onAccepted;
        long locked = guard.lockSecondsLeft();
        if (locked > 0) {
            message.set(i18n.get("admin.pin.locked", locked));
        }
    }

    /** The PIN as dots: never the digits themselves. */
    public StringBinding maskedProperty() {
        return Bindings.createStringBinding(() -> "●".repeat(digits.get().length()), digits);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void press(char digit) {
        if (Character.isDigit(digit) && digits.get().length() < MAX_DIGITS) {
            digits.set(digits.get() + digit);
        }
    }

    public void clear() {
        digits.set("");
    }

    /** Checks the typed PIN; the digits are cleared whatever the outcome. */
    public void submit() {
        AdminPinGuard.Result result = guard.attempt(digits.get());
        digits.set("");
        if (result instanceof AdminPinGuard.Result.Rejected r) {
            message.set(i18n.get("admin.pin.wrong", r.attemptsLeft()));
        } else if (result instanceof AdminPinGuard.Result.Locked l) {
            message.set(i18n.get("admin.pin.locked", l.secondsLeft()));
        } else {
            message.set("");
            onAccepted.run();
        }
    }
}
