package org.hallkiosk.device.idcard;

/** The kinds of card the reader decodes. */
public enum CardType {
    RESIDENT("居民身份证"),
    FOREIGN_PERMANENT("外国人永久居留身份证"),
    HK_MACAO_TAIWAN("港澳台居民居住证");

    private final String label;

    CardType(String label) {
        this.label = label;
    }

    /** The card's Chinese name. */
    public String label() {
        return label;
    }
}
