package org.hallkiosk.rating;

import java.util.Objects;

/**
 * A mobile number for a return visit (回访), given with the explicit consent line ticked; without consent there is none.
 */
public record CallBack(String mobile) {

    public CallBack {
        Objects.requireNonNull(mobile, "mobile");
        mobile = mobile.strip().replace(" ", "").replace("-", "");
        if (!mobile.matches("1[3-9]\\d{9}")) {
            throw new RatingInputException("a mobile number has 11 digits and starts with 13-19, e.g. 13812345678");
        }
    }

    /** The number if the visitor consented, else a clear refusal: nothing is stored without consent. */
    public static CallBack withConsent(String mobile, boolean consented) {
        if (!consented) {
            throw new RatingInputException("a call-back number is kept only with the visitor's consent (同意回访)");
        }
        return new CallBack(mobile);
    }
}
