package org.hallkiosk.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Polyphones read by their phrase, and the override table's fixes. */
class PinyinReaderTest {

    private final PinyinReader reader = new PinyinReader();

    @ParameterizedTest
    @CsvSource({
        "银行, yin hang",
        "重庆, chong qing",
        "长期, chang qi",
        "行政许可, xing zheng xu ke",
        "重新申领, chong xin shen ling",
        "长辈, zhang bei",
        "营业执照, ying ye zhi zhao",
        "不动产登记, bu dong chan deng ji",
        "单位银行结算账户, dan wei yin hang jie suan zhang hu",
        "法律援助, fa lv yuan zhu",
    })
    void readsPolyphonesByPhrase(String text, String expected) {
        assertThat(reader.spaced(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "劳动关系的证明, lao dong guan xi de zheng ming",
        "还房贷提公积金, huan fang dai ti gong ji jin",
        "提前还款, ti qian huan kuan",
        "目的地, mu di di",
    })
    void overrideTableFixesTheLibrarysSlips(String text, String expected) {
        assertThat(reader.spaced(text)).isEqualTo(expected);
    }
}
