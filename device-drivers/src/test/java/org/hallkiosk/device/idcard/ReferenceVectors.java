package org.hallkiosk.device.idcard;

import java.util.HexFormat;

/** Test vectors copied verbatim from hardware-protocols.md §E. */
final class ReferenceVectors {

    private ReferenceVectors() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.ofDelimiter(" ").parseHex(spaced.strip().replaceAll("\\s+", " "));
    }

    // §E1
    static final String FIND = "AA AA AA 96 69 00 03 20 01 22";
    static final String SELECT = "AA AA AA 96 69 00 03 20 02 21";
    static final String READ = "AA AA AA 96 69 00 03 30 01 32";
    static final String READ_FP = "AA AA AA 96 69 00 03 30 10 23";
    static final String STATUS = "AA AA AA 96 69 00 03 11 FF ED";
    static final String RESET = "AA AA AA 96 69 00 03 10 FF EC";
    static final String SAM_ID = "AA AA AA 96 69 00 03 12 FF EE";

    // §E2
    static final String STATUS_OK = "AA AA AA 96 69 00 04 00 00 90 94";
    static final String FIND_OK = "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97";
    static final String FIND_FAILED = "AA AA AA 96 69 00 04 00 00 80 84";
    static final String SELECT_OK = "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C";
    static final String SELECT_FAILED = "AA AA AA 96 69 00 04 00 00 81 85";
    static final String READ_FAILED = "AA AA AA 96 69 00 04 00 00 41 45";
    static final String SAM_FAILED = "AA AA AA 96 69 00 04 00 00 60 64";

    // §E3: the 256-byte text block of 张三
    static final String E3_TEXT_ROWS = """
            20 5F 09 4E 20 00 20 00 20 00 20 00 20 00 20 00
            20 00 20 00 20 00 20 00 20 00 20 00 20 00 31 00
            30 00 31 00 31 00 39 00 34 00 39 00 31 00 32 00
            33 00 31 00 17 53 AC 4E 02 5E 1D 67 33 96 3A 53
            4B 6D D5 8B EF 8D 31 00 F7 53 20 00 20 00 20 00
            20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00
            20 00 20 00 20 00 20 00 20 00 20 00 20 00 20 00
            20 00 20 00 20 00 20 00 20 00 31 00 31 00 30 00
            31 00 30 00 35 00 31 00 39 00 34 00 39 00 31 00
            32 00 33 00 31 00 30 00 30 00 32 00 58 00 17 53
            AC 4E 02 5E 6C 51 89 5B 40 5C 1D 67 33 96 06 52
            40 5C 20 00 20 00 20 00 20 00 20 00 32 00 30 00
            32 00 30 00 30 00 31 00 30 00 31 00 7F 95 1F 67
            """;

    /** The text block: the listed rows 000–207, then spaces up to byte 255. */
    static byte[] e3Text() {
        byte[] rows = hex(E3_TEXT_ROWS);
        byte[] text = new byte[256];
        System.arraycopy(rows, 0, text, 0, rows.length);
        for (int i = rows.length; i < 256; i += 2) {
            text[i] = 0x20;
            text[i + 1] = 0x00;
        }
        return text;
    }

    static final String E3_FRAME_START = "AA AA AA 96 69 05 08 00 00 90 01 00 04 00";
    static final int E3_CHECKSUM = 0x31;
    static final int E3_FP_CHECKSUM = 0x3B;

    // §E6 and §C
    static final String ID_VALID = "11010519491231002X";
    static final String ID_WRONG_CHECK = "110105194912310020";
    static final String ID_FOREIGN_2023 = "932682198501010017";
    static final String ID_SECOND_EXAMPLE = "440524188001010014";
}
