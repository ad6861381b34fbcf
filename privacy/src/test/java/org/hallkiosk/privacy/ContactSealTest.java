package org.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ContactSealTest {

    @Test
    void opensWhatItSealedAndHidesTheNumber() {
        ContactSeal seal = new ContactSeal(IdentityKey.ephemeral(), new SecureRandom());
        String a = seal.seal("13812345678");
        String b = seal.seal("13812345678");
        assertThat(a).startsWith("v1:").doesNotContain("1381").isNotEqualTo(b);
        assertThat(seal.open(a)).isEqualTo("13812345678");
        assertThat(seal.open(b)).isEqualTo("13812345678");
    }

    @Test
    void anotherKeyOrDamageIsRefused() {
        ContactSeal mine = new ContactSeal(IdentityKey.ephemeral(), new SecureRandom());
        ContactSeal other = new ContactSeal(IdentityKey.ephemeral(), new SecureRandom());
        String sealed = mine.seal("13812345678");
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IdentityKeyException.class).hasMessageContaining("another identity key");
        assertThatThrownBy(() -> mine.open("v1:AAAA")).isInstanceOf(IdentityKeyException.class);
        assertThatThrownBy(() -> mine.open("13812345678")).hasMessageContaining("not a sealed contact");
    }
}
