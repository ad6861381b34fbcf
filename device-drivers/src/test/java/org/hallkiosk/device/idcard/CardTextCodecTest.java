package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Decoding and encoding the 256-byte text block of each card type. */
class CardTextCodecTest {

    private static final WltPhoto NO_PHOTO = new WltPhoto(new byte[1024]);

    @Test
    void decodesTheReferencePerson() throws Exception {
        IdCard card = CardTextCodec.decode(ReferenceVectors.e3Text(), NO_PHOTO);

        assertThat(card).isInstanceOf(ResidentIdCard.class);
        ResidentIdCard r = (ResidentIdCard) card;
        assertThat(r.name()).isEqualTo("张三");
        assertThat(r.gender()).isEqualTo(Gender.MALE);
        assertThat(r.nation()).isEqualTo(Nation.HAN);
        assertThat(r.nation().label()).isEqualTo("汉");
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(r.address()).isEqualTo("北京市朝阳区测试路1号");
        assertThat(r.idNumber()).isEqualTo("11010519491231002X");
        assertThat(r.authority()).isEqualTo("北京市公安局朝阳分局");
        assertThat(r.validity().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(r.validity().isLongTerm()).isTrue();
        assertThat(r.validity().untilText()).isEqualTo("长期");
    }

    @Test
    void encodesTheReferencePersonToTheReferenceBytes() {
        assertThat(CardTextCodec.encode(SimulatedCards.residentElder())).isEqualTo(ReferenceVectors.e3Text());
    }

    @ParameterizedTest
    @EnumSource(CardType.class)
    void everySimulatedCardRoundTrips(CardType type) throws Exception {
        IdCard card = SimulatedCards.of(type);
        IdCard decoded = CardTextCodec.decode(CardTextCodec.encode(card), card.photo());
        assertThat(decoded).isEqualTo(card);
        assertThat(decoded.type()).isEqualTo(type);
    }

    @Test
    void readsTheForeignCardLayout() throws Exception {
        byte[] text = CardTextCodec.encode(SimulatedCards.foreignPermanent());
        assertThat(Arrays.copyOfRange(text, 248, 250)).containsExactly(0x49, 0x00);

        ForeignPermanentResidentCard card = (ForeignPermanentResidentCard) CardTextCodec.decode(text, NO_PHOTO);
        assertThat(card.name()).isEqualTo("SMITH, JOHN TEST");
        assertThat(card.chineseName()).isEqualTo("史密斯");
        assertThat(card.nationality()).isEqualTo("USA");
        assertThat(card.idNumber()).hasSize(15);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(CardTextCodec.field(text, 220, 16)).isEqualTo("19900307");
    }

    @Test
    void readsTheResidencePermitLayout() throws Exception {
        byte[] text = CardTextCodec.encode(SimulatedCards.hkMacaoTaiwan());
        assertThat(Arrays.copyOfRange(text, 248, 250)).containsExactly(0x4A, 0x00);
        assertThat(CardTextCodec.field(text, 220, 18)).isEqualTo("H60123456");
        assertThat(CardTextCodec.field(text, 238, 4)).isEqualTo("01");

        HkMacaoTaiwanResidencePermit card = (HkMacaoTaiwanResidencePermit) CardTextCodec.decode(text, NO_PHOTO);
        assertThat(card.passNumber()).isEqualTo("H60123456");
        assertThat(card.issueCount()).isEqualTo(1);
        assertThat(card.idNumber()).startsWith("81");
        assertThat(IdNumberCheck.isValid(card.idNumber())).isTrue();
    }

    @Test
    void anUnknownTypeMarkIsUnsupportedNotAMisreadResidentCard() {
        byte[] text = ReferenceVectors.e3Text();
        text[248] = 'Y';
        text[249] = 0;
        assertThatThrownBy(() -> CardTextCodec.decode(text, NO_PHOTO))
                .isInstanceOfSatisfying(UnsupportedCardException.class, e -> assertThat(e.typeMark()).isEqualTo("Y"))
                .hasMessageContaining("unsupported card type 'Y'");
    }

    @Test
    void aNulTypeMarkIsAResidentCard() throws Exception {
        byte[] text = ReferenceVectors.e3Text();
        text[248] = 0;
        text[249] = 0;
        assertThat(CardTextCodec.decode(text, NO_PHOTO).type()).isEqualTo(CardType.RESIDENT);
    }

    @Test
    void aWrongCheckDigitIsRejected() {
        byte[] text = ReferenceVectors.e3Text();
        text[156] = '0'; // the X of 11010519491231002X
        assertThatThrownBy(() -> CardTextCodec.decode(text, NO_PHOTO))
                .isInstanceOf(CardDataException.class).hasMessageContaining("check digit");
    }

    @Test
    void badFieldsGiveClearErrors() {
        assertRejected(32, "9", "9", "unknown nation code '99'");
        assertRejected(30, "7", null, "unknown gender code '7'");
        assertRejected(36, "1", "9", "birth date '19491239'");
        assertThatThrownBy(() -> CardTextCodec.decode(new byte[255], NO_PHOTO))
                .isInstanceOf(CardDataException.class).hasMessageContaining("255 bytes");
    }

    @Test
    void aValidityEndingBeforeItStartsIsRejected() {
        byte[] text = ReferenceVectors.e3Text();
        byte[] to = "20100101".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(to, 0, text, 204, to.length);
        assertThatThrownBy(() -> CardTextCodec.decode(text, NO_PHOTO))
                .isInstanceOf(CardDataException.class).hasMessageContaining("valid-to");
    }

    @Test
    void keepsInnerSpacesAndTrimsPaddingAndNuls() {
        byte[] text = new byte[40];
        byte[] value = "A B\0 ".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(value, 0, text, 0, value.length);
        assertThat(CardTextCodec.field(text, 0, 40)).isEqualTo("A B");
    }

    @Test
    void theNationTableHasAll56GroupsAndTheTwoOthers() {
        assertThat(Nation.values()).hasSize(58);
        Set<String> codes = Arrays.stream(Nation.values()).map(Nation::code).collect(Collectors.toSet());
        for (int i = 1; i <= 56; i++) {
            assertThat(codes).contains(String.format("%02d", i));
        }
        assertThat(Nation.ofCode("46")).contains(Nation.DEANG);
        assertThat(Nation.DEANG.label()).isEqualTo("德昂");
        assertThat(Nation.ofCode("97").map(Nation::label)).contains("其他");
        assertThat(Nation.ofCode("98").map(Nation::label)).contains("外国血统中国籍人士");
        assertThat(Nation.ofCode("57")).isEmpty();
    }

    @Test
    void genderCodes() {
        assertThat(Gender.ofCode('1')).contains(Gender.MALE);
        assertThat(Gender.ofCode('2').map(Gender::label)).contains("女");
        assertThat(Gender.ofCode('9')).contains(Gender.NOT_STATED);
        assertThat(Gender.ofCode('3')).isEmpty();
    }

    /** Overwrites one or two UTF-16LE characters of the reference text and expects a CardDataException. */
    private static void assertRejected(int offset, String first, String second, String message) {
        byte[] text = ReferenceVectors.e3Text();
        text[offset] = (byte) first.charAt(0);
        if (second != null) {
            text[offset + 2] = (byte) second.charAt(0);
        }
        if (offset == 36) {
            byte[] date = "19491239".getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(date, 0, text, 36, date.length);
        }
        assertThatThrownBy(() -> CardTextCodec.decode(text, NO_PHOTO))
                .isInstanceOf(CardDataException.class).hasMessageContaining(message);
    }
}
