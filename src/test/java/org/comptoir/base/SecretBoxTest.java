package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets sealed with AES-GCM under the environment's key: opened only with that key, unchanged. */
class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY =
            Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void a_sealed_secret_opens_with_its_key_and_does_not_show_in_what_is_stored() {
        var box = new SecretBox(KEY);
        var sealed = box.seal("https://diffuseur.datatourisme.fr/webservice/abc/cle-secrete-42");

        assertThat(sealed).startsWith(SecretBox.PREFIX).doesNotContain("cle-secrete-42", "datatourisme");
        assertThat(box.open(sealed)).isEqualTo("https://diffuseur.datatourisme.fr/webservice/abc/cle-secrete-42");
        assertThat(box.seal("cle-secrete-42")).as("a fresh nonce each time").isNotEqualTo(box.seal("cle-secrete-42"));
    }

    @Test
    void another_key_or_a_changed_value_cannot_open_it() {
        var sealed = new SecretBox(KEY).seal("cle-secrete-42");
        var bytes = Base64.getDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
        bytes[bytes.length / 2] ^= 1;
        var changed = SecretBox.PREFIX + Base64.getEncoder().encodeToString(bytes);

        for (var unreadable : new String[] {sealed, "cle-secrete-42"}) {
            assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(unreadable))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("secret-key.wrong"));
        }
        assertThatThrownBy(() -> new SecretBox(KEY).open(changed))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("secret-key.wrong"));
    }

    @Test
    void without_a_key_nothing_is_sealed_and_a_malformed_key_stops_the_start() {
        var none = new SecretBox(" ");
        assertThat(none.ready()).isFalse();
        assertThatThrownBy(() -> none.seal("cle"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("secret-key.missing"));

        assertThatThrownBy(() -> new SecretBox("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
