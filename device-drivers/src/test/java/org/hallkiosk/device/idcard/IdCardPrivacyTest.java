package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Card records never print a full name or ID number (PIPL). */
class IdCardPrivacyTest {

    @ParameterizedTest
    @EnumSource(CardType.class)
    void toStringMasksNameAndIdNumber(CardType type) {
        IdCard card = SimulatedCards.of(type);
        String text = card.toString();

        assertThat(text).doesNotContain(card.idNumber()).doesNotContain(card.name());
        assertThat(text).contains(org.hallkiosk.privacy.Mask.idNumber(card.idNumber()));
        assertThat(text).doesNotContain(card.birthDate().toString().replace("-", ""));
    }

    @Test
    void theForeignCardMasksItsChineseNameToo() {
        ForeignPermanentResidentCard card = SimulatedCards.foreignPermanent();
        assertThat(card.toString()).doesNotContain(card.chineseName()).contains("史*斯");
    }

    @Test
    void responsesAndPhotosShowOnlyTheirSize() {
        byte[] text = CardTextCodec.encode(SimulatedCards.resident());
        SamResponse response = SamResponse.of(0x90, text);
        assertThat(response.toString()).contains("256 bytes").doesNotContain("李");
        assertThat(SimulatedCards.resident().photo().toString()).isEqualTo("WltPhoto[1024 bytes]");
    }
}
