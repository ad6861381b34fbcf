package org.hallkiosk.device.idcard;

/** The card reports a type this kiosk does not know (e.g. the 2023 foreigner card), so it is not guessed at. */
public final class UnsupportedCardException extends IdCardException {

    private final String typeMark;

    public UnsupportedCardException(String typeMark) {
        super("unsupported card type '" + typeMark + "' (only resident ID cards, foreign permanent resident"
                + " cards 'I' and HK/Macao/Taiwan residence permits 'J' are read)");
        this.typeMark = typeMark;
    }

    /** The type mark found in text bytes 248–249. */
    public String typeMark() {
        return typeMark;
    }
}
