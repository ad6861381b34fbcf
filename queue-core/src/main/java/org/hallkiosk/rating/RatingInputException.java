package org.hallkiosk.rating;

/** A rating or a feedback that cannot be taken as given; the message says what to change. */
public final class RatingInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RatingInputException(String message) {
        super(message);
    }
}
