package org.hallkiosk.kiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinPolicyTest {

    private static final List<String> PHONES = List.of("12345", "0571-87654329", "(020) 8888 1234");

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567890123", "12a456", "000000", "999999999", "123456", "234567", "890123",
        "987654", "3210987", "012345", "121212", "123123", "45674567", "87654329", "057187654329", "88881234"})
    void refusesShortLongTrivialAndPhoneNumberPins(String pin) {
        assertThat(PinPolicy.refusal(pin, PHONES)).as(pin).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"864209", "135792", "20260417", "112358", "909182736"})
    void acceptsPinsNobodyTriesFirst(String pin) {
        assertThat(PinPolicy.refusal(pin, PHONES)).as(pin).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "123456", "87654329"})
    void theReasonNeverRepeatsTheDigits(String pin) {
        assertThat(PinPolicy.refusal(pin, PHONES).orElseThrow()).doesNotContain(pin);
    }
}
