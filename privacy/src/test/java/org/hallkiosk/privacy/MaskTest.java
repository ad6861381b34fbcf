package org.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskTest {

    @ParameterizedTest
    @CsvSource({
        "张三, 张*",
        "张三丰, 张*丰",
        "诸葛孔明, 诸葛*明",
        "欧阳娜, 欧阳*",
        "欧阳娜娜, 欧阳*娜",
        "欧阳, 欧*",
        "王小二三, 王*三",
        "李, *"
    })
    void masksNamesKeepingSurnameAndLastCharacter(String in, String expected) {
        assertThat(Mask.name(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "330106199001011234, 3301**********1234",
        "11010519491231002X, 1101**********002X",
        "123, ***"
    })
    void masksIdNumbers(String in, String expected) {
        assertThat(Mask.idNumber(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"13812345678, 138****5678", "0571-8888, 057**8888", "1234567, *******"})
    void masksPhones(String in, String expected) {
        assertThat(Mask.phone(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"330106199001011234, 0619900101", "130503194912310013, 0319491231"})
    void maskedIdNumberNeverContainsTheBirthDate(String id, String hidden) {
        assertThat(Mask.idNumber(id)).doesNotContain(hidden).hasSameSizeAs(id);
    }
}
