package org.hallkiosk.device.idcard;

/** The card's text could be read but a field is not valid (bad date, bad check digit, unknown code). */
public final class CardDataException extends IdCardException {

    public CardDataException(String message) {
        super(message);
    }
}
