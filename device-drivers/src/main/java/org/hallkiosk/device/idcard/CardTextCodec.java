package org.hallkiosk.device.idcard;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The card's 256-byte UTF-16LE text block (protocol reference §B6, §B7): decodes it into an {@link IdCard}, and
 * encodes one back (for the simulator). The type mark in bytes 248–249 decides the layout; a mark other than
 * {@code I}, {@code J}, space or NUL is refused rather than read with the wrong layout.
 */
public final class CardTextCodec {

    /** Size of the text block. */
    public static final int TEXT_SIZE = 256;

    private static final int TYPE_MARK_OFFSET = 248;
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private CardTextCodec() {
    }

    /** Decodes the text block of any supported card. */
    public static IdCard decode(byte[] text, WltPhoto photo) throws UnsupportedCardException, CardDataException {
        if (text.length != TEXT_SIZE) {
            throw new CardDataException("card text is " + text.length + " bytes, expected " + TEXT_SIZE);
        }
        String mark = field(text, TYPE_MARK_OFFSET, 2);
        return switch (mark) {
            case "" -> decodeResident(text, photo);
            case "I" -> decodeForeign(text, photo);
            case "J" -> decodeHkMacaoTaiwan(text, photo);
            default -> throw new UnsupportedCardException(printable(text, TYPE_MARK_OFFSET));
        };
    }

    /** Encodes a card into its text block, fields padded with spaces as the card stores them. */
    public static byte[] encode(IdCard card) {
        byte[] text = new byte[TEXT_SIZE];
        put(text, 0, TEXT_SIZE, "");
        if (card instanceof ResidentIdCard c) {
            put(text, 0, 30, c.name());
            put(text, 30, 2, String.valueOf(c.gender().code()));
            put(text, 32, 4, c.nation().code());
            put(text, 36, 16, CARD_DATE.format(c.birthDate()));
            put(text, 52, 70, c.address());
            put(text, 122, 36, c.idNumber());
            put(text, 158, 30, c.authority());
            putValidity(text, c.validity());
        } else if (card instanceof ForeignPermanentResidentCard c) {
            put(text, 0, 120, c.name());
            put(text, 120, 2, String.valueOf(c.gender().code()));
            put(text, 122, 30, c.idNumber());
            put(text, 152, 6, c.nationality());
            put(text, 158, 30, c.chineseName());
            putValidity(text, c.validity());
            put(text, 220, 16, CARD_DATE.format(c.birthDate()));
            put(text, 236, 4, c.cardVersion());
            put(text, 240, 8, c.authorityCode());
            put(text, TYPE_MARK_OFFSET, 2, "I");
        } else if (card instanceof HkMacaoTaiwanResidencePermit c) {
            put(text, 0, 30, c.name());
            put(text, 30, 2, String.valueOf(c.gender().code()));
            put(text, 36, 16, CARD_DATE.format(c.birthDate()));
            put(text, 52, 70, c.address());
            put(text, 122, 36, c.idNumber());
            put(text, 158, 30, c.authority());
            putValidity(text, c.validity());
            put(text, 220, 18, c.passNumber());
            put(text, 238, 4, String.format("%02d", c.issueCount()));
            put(text, TYPE_MARK_OFFSET, 2, "J");
        }
        return text;
    }

    private static ResidentIdCard decodeResident(byte[] t, WltPhoto photo) throws CardDataException {
        String nationCode = field(t, 32, 4);
        Nation nation = Nation.ofCode(nationCode)
                .orElseThrow(() -> new CardDataException("unknown nation code '" + nationCode + "' (GB 3304)"));
        return new ResidentIdCard(
                required(t, 0, 30, "name"),
                gender(t, 30),
                nation,
                date(t, 36, "birth date"),
                required(t, 52, 70, "address"),
                checkedIdNumber(t, 122),
                required(t, 158, 30, "issuing authority"),
                validity(t),
                photo);
    }

    private static ForeignPermanentResidentCard decodeForeign(byte[] t, WltPhoto photo) throws CardDataException {
        String number = IdNumberCheck.normalise(required(t, 122, 30, "permanent residence number"));
        // The 2017 card's 15-character number has no published check digit; the 18-digit form uses GB 11643.
        if (number.length() == 18 && !IdNumberCheck.isValid(number)) {
            throw new CardDataException("permanent residence number fails the GB 11643 check digit");
        }
        if (number.length() != 15 && number.length() != 18) {
            throw new CardDataException("permanent residence number has " + number.length() + " characters, expected 15 or 18");
        }
        String nationality = required(t, 152, 6, "nationality");
        if (!nationality.matches("[A-Z]{3}")) {
            throw new CardDataException("nationality '" + nationality + "' is not a three-letter code");
        }
        return new ForeignPermanentResidentCard(
                required(t, 0, 120, "English name"),
                gender(t, 120),
                number,
                nationality,
                field(t, 158, 30),
                date(t, 220, "birth date"),
                validity(t),
                field(t, 236, 4),
                field(t, 240, 8),
                photo);
    }

    private static HkMacaoTaiwanResidencePermit decodeHkMacaoTaiwan(byte[] t, WltPhoto photo) throws CardDataException {
        String issueCount = field(t, 238, 4);
        if (!issueCount.matches("[0-9]{1,2}")) {
            throw new CardDataException("issue count '" + issueCount + "' is not a number");
        }
        return new HkMacaoTaiwanResidencePermit(
                required(t, 0, 30, "name"),
                gender(t, 30),
                date(t, 36, "birth date"),
                required(t, 52, 70, "address"),
                checkedIdNumber(t, 122),
                required(t, 158, 30, "issuing authority"),
                validity(t),
                required(t, 220, 18, "pass number"),
                Integer.parseInt(issueCount),
                photo);
    }

    private static String checkedIdNumber(byte[] t, int offset) throws CardDataException {
        String id = IdNumberCheck.normalise(required(t, offset, 36, "ID number"));
        if (!IdNumberCheck.isValid(id)) {
            throw new CardDataException("ID number fails the GB 11643 check digit (a misread or a damaged card)");
        }
        return id;
    }

    private static Gender gender(byte[] t, int offset) throws CardDataException {
        String code = field(t, offset, 2);
        if (code.length() != 1) {
            throw new CardDataException("missing gender code");
        }
        return Gender.ofCode(code.charAt(0)).orElseThrow(() -> new CardDataException("unknown gender code '" + code + "'"));
    }

    private static Validity validity(byte[] t) throws CardDataException {
        LocalDate from = date(t, 188, "valid-from date");
        String to = field(t, 204, 16);
        if (to.startsWith(Validity.LONG_TERM)) {
            return Validity.longTerm(from);
        }
        LocalDate until = date(t, 204, "valid-to date");
        if (until.isBefore(from)) {
            throw new CardDataException("valid-to date is before valid-from date");
        }
        return new Validity(from, until);
    }

    private static LocalDate date(byte[] t, int offset, String what) throws CardDataException {
        String s = field(t, offset, 16);
        try {
            return LocalDate.parse(s, CARD_DATE);
        } catch (DateTimeParseException e) {
            throw new CardDataException(what + " '" + s + "' is not a yyyyMMdd date");
        }
    }

    private static String required(byte[] t, int offset, int length, String what) throws CardDataException {
        String s = field(t, offset, length);
        if (s.isEmpty()) {
            throw new CardDataException("missing " + what);
        }
        return s;
    }

    /**
     * A UTF-16LE field with trailing spaces and NULs removed; inner spaces are kept, since foreign names have them.
     * Unpaired surrogates come out as U+FFFD.
     */
    static String field(byte[] t, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_16LE.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String s;
        try {
            s = decoder.decode(ByteBuffer.wrap(t, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder cannot fail", e);
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\0')) {
            start++;
        }
        return s.substring(start, end);
    }

    private static String printable(byte[] t, int offset) {
        char c = (char) ((t[offset] & 0xFF) | ((t[offset + 1] & 0xFF) << 8));
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("U+%04X", (int) c);
    }

    private static void putValidity(byte[] text, Validity v) {
        put(text, 188, 16, CARD_DATE.format(v.from()));
        put(text, 204, 16, v.isLongTerm() ? Validity.LONG_TERM : CARD_DATE.format(v.until()));
    }

    private static void put(byte[] text, int offset, int length, String value) {
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_16LE.newEncoder().encode(CharBuffer.wrap(value));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("field cannot be encoded as UTF-16LE", e);
        }
        if (encoded.remaining() > length) {
            throw new IllegalArgumentException(value.length() + " characters do not fit a " + length / 2 + "-character card field");
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        System.arraycopy(bytes, 0, text, offset, bytes.length);
        for (int i = offset + bytes.length; i < offset + length; i += 2) {
            text[i] = ' ';
            text[i + 1] = 0;
        }
    }

}
