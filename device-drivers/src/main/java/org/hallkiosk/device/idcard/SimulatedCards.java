package org.hallkiosk.device.idcard;

import java.time.LocalDate;

/**
 * Synthetic but valid cards of each type for simulators, demos and tests: real layouts, valid check digits,
 * obviously fictitious people (张三, 李四) and addresses (示例路).
 */
public final class SimulatedCards {

    private SimulatedCards() {
    }

    /** 李四, male, 汉, born 1990-03-07 — a working-age resident with a 20-year card. */
    public static ResidentIdCard resident() {
        return new ResidentIdCard("李四", Gender.MALE, Nation.HAN, LocalDate.of(1990, 3, 7),
                "北京市东城区示例路8号", withCheckDigit("11010119900307113"), "北京市公安局东城分局",
                new Validity(LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)), photo());
    }

    /**
     * 张三, male, 汉, born 1949-12-31, long-term card — the person of the reference read frame (§E3), an elder
     * for priority-queue rules.
     */
    public static ResidentIdCard residentElder() {
        return new ResidentIdCard("张三", Gender.MALE, Nation.HAN, LocalDate.of(1949, 12, 31),
                "北京市朝阳区测试路1号", "11010519491231002X", "北京市公安局朝阳分局",
                Validity.longTerm(LocalDate.of(2020, 1, 1)), new WltPhoto(new byte[1024]));
    }

    /** A 2017-format foreign permanent resident card (type I) for a US national. */
    public static ForeignPermanentResidentCard foreignPermanent() {
        return new ForeignPermanentResidentCard("SMITH, JOHN TEST", Gender.MALE, "USA110090307015", "USA", "史密斯",
                LocalDate.of(1990, 3, 7), new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)),
                "01", "1100", photo());
    }

    /** A residence permit (type J) for a Hong Kong resident, 陈小红, female, born 1994-08-23. */
    public static HkMacaoTaiwanResidencePermit hkMacaoTaiwan() {
        return new HkMacaoTaiwanResidencePermit("陈小红", Gender.FEMALE, LocalDate.of(1994, 8, 23),
                "广东省深圳市福田区示例街1号", withCheckDigit("81000019940823002"), "深圳市公安局",
                new Validity(LocalDate.of(2023, 9, 1), LocalDate.of(2028, 9, 1)), "H60123456", 1, photo());
    }

    /** The simulated card of the given type. */
    public static IdCard of(CardType type) {
        return switch (type) {
            case RESIDENT -> resident();
            case FOREIGN_PERMANENT -> foreignPermanent();
            case HK_MACAO_TAIWAN -> hkMacaoTaiwan();
        };
    }

    private static String withCheckDigit(String first17) {
        return first17 + IdNumberCheck.checkCharacter(first17);
    }

    /** A recognisable 1024-byte stand-in for a WLT photo (the real format is the vendor's). */
    private static WltPhoto photo() {
        byte[] b = new byte[1024];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return new WltPhoto(b);
    }
}
