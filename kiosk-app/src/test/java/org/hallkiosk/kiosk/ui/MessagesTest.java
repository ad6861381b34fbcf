package org.hallkiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        ResourceBundle zh = I18n.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
    }

    @Test
    void chineseIsChosenEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).get("nav.back")).isEqualTo("返回");
            assertThat(new I18n(Locale.ENGLISH).get("nav.back")).isEqualTo("Back");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyIsVisibleNotBlank() {
        assertThat(new I18n(Locale.ENGLISH).get("no.such.key")).isEqualTo("‹no.such.key›");
    }
}
