package org.hallkiosk.kiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyboardModelTest {

    @Test
    void typesBackspacesAndClears() {
        KeyboardModel k = new KeyboardModel(KeyboardLayout.PINYIN, 20);
        for (char c : "yyzz".toCharArray()) {
            k.type(c);
        }
        assertThat(k.text()).isEqualTo("yyzz");
        k.backspace();
        assertThat(k.text()).isEqualTo("yyz");
        k.clear();
        assertThat(k.text()).isEmpty();
        k.backspace();
        assertThat(k.text()).as("backspace on nothing stays empty").isEmpty();
    }

    @Test
    void ignoresKeysTheLayoutDoesNotHaveAndStopsAtTheMaximum() {
        KeyboardModel digits = new KeyboardModel(KeyboardLayout.DIGITS, 3);
        digits.type('a');
        digits.type(' ');
        for (char c : "12345".toCharArray()) {
            digits.type(c);
        }
        assertThat(digits.text()).isEqualTo("123");
    }

    @Test
    void aSpaceNeverStartsTheTextOrDoubles() {
        KeyboardModel k = new KeyboardModel(KeyboardLayout.PINYIN, 20);
        k.type(' ');
        k.type('y');
        k.type(' ');
        k.type(' ');
        k.type('y');
        assertThat(k.text()).isEqualTo("y y");
        KeyboardModel code = new KeyboardModel(KeyboardLayout.CODE, 20);
        code.type('A');
        code.type(' ');
        assertThat(code.text()).as("no space bar on the code layout").isEqualTo("A");
    }

    @Test
    void backspaceRemovesAWholeChineseCharacterOfAPopularSearch() {
        KeyboardModel k = new KeyboardModel(KeyboardLayout.PINYIN, 20);
        k.set("营业执照");
        k.backspace();
        assertThat(k.text()).isEqualTo("营业执");
        k.set("一二三四五六七八九十一二三四五六七八九十二十二");
        assertThat(k.text()).hasSize(20);
    }

    @Test
    void aKeyboardNeedsRoom() {
        assertThatThrownBy(() -> new KeyboardModel(KeyboardLayout.PINYIN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
