package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643 check digit on the vectors of §C and §E6. */
class IdNumberCheckTest {

    @Test
    void referenceVectors() {
        assertThat(IdNumberCheck.isValid(ReferenceVectors.ID_VALID)).isTrue();
        assertThat(IdNumberCheck.isValid(ReferenceVectors.ID_WRONG_CHECK)).isFalse();
        assertThat(IdNumberCheck.isValid(ReferenceVectors.ID_FOREIGN_2023)).isTrue();
        assertThat(IdNumberCheck.isValid(ReferenceVectors.ID_SECOND_EXAMPLE)).isTrue();
        assertThat(IdNumberCheck.isValid("911124198108030024")).isTrue();
    }

    @Test
    void computesTheCheckCharacterOfTheWorkedExamples() {
        assertThat(IdNumberCheck.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumberCheck.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumberCheck.checkCharacter("93268219850101001")).isEqualTo('7');
    }

    @Test
    void acceptsALowerCaseXAndNormalisesIt() {
        assertThat(IdNumberCheck.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumberCheck.normalise("11010519491231002x")).isEqualTo(ReferenceVectors.ID_VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX", "1101051949123100AX", "110105194912310 2X"})
    void rejectsMalformedNumbers(String number) {
        assertThat(IdNumberCheck.isValid(number)).isFalse();
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        String valid = ReferenceVectors.ID_VALID;
        for (int position = 0; position < 17; position++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + d + valid.substring(position + 1);
                assertThat(IdNumberCheck.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void checkCharacterNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumberCheck.checkCharacter("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumberCheck.checkCharacter("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
    }
}
