package org.hallkiosk.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PinHashTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aHashMatchesOnlyItsPin() {
        String hash = PinHash.hash("246810", random);
        assertThat(hash).startsWith("pbkdf2-sha256$120000$").doesNotContain("246810");
        assertThat(PinHash.matches("246810", hash)).isTrue();
        assertThat(PinHash.matches("246811", hash)).isFalse();
        assertThat(PinHash.matches("", hash)).isFalse();
    }

    @Test
    void theSamePinGetsADifferentSaltEachTime() {
        assertThat(PinHash.hash("1234", random)).isNotEqualTo(PinHash.hash("1234", random));
    }

    @Test
    void noHashMeansTheFactoryPin() {
        assertThat(PinHash.matches(PinHash.FACTORY_PIN, "")).isTrue();
        assertThat(PinHash.matches("123456", "")).isFalse();
    }

    @Test
    void pinsAreFourToTwelveDigits() {
        assertThat(PinHash.isValidPin("123")).isFalse();
        assertThat(PinHash.isValidPin("12a4")).isFalse();
        assertThat(PinHash.isValidPin("1234567890123")).isFalse();
        assertThatThrownBy(() -> PinHash.hash("12", random)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMangledHashNeverMatches() {
        String hash = PinHash.hash("1234", random);
        assertThat(PinHash.matches("1234", hash.replace("pbkdf2", "md5"))).isFalse();
    }
}
