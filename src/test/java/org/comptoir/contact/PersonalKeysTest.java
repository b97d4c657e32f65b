package org.comptoir.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PersonalKeysTest {

    @Test
    void an_email_address_is_trimmed_and_lower_cased() {
        assertThat(PersonalKeys.emailKey("  Marie.Dupont@Exemple.FR ")).isEqualTo("marie.dupont@exemple.fr");
    }

    @Test
    void a_french_number_gives_the_same_key_however_it_is_written() {
        assertThat(Stream.of(
                                "06 12 34 56 78",
                                "06.12.34.56.78",
                                "+33 6 12 34 56 78",
                                "+33 (0)6 12 34 56 78",
                                "0033 6 12 34 56 78",
                                "33612345678")
                        .map(PersonalKeys::phoneKey))
                .containsOnly("33612345678");
    }

    @Test
    void a_foreign_number_keeps_its_country_code() {
        assertThat(PersonalKeys.phoneKey("+49 30 1234567")).isEqualTo("49301234567");
        assertThat(PersonalKeys.phoneKey("0049 30 1234567")).isEqualTo("49301234567");
        assertThat(PersonalKeys.phoneKey("+44 20 7946 0958")).isEqualTo("442079460958");
    }

    @Test
    void nothing_typed_gives_no_key() {
        assertThat(PersonalKeys.emailKey(null)).isNull();
        assertThat(PersonalKeys.emailKey("  ")).isNull();
        assertThat(PersonalKeys.phoneKey(null)).isNull();
        assertThat(PersonalKeys.phoneKey("pas de numéro")).isNull();
    }

    @Test
    void a_search_with_an_at_sign_is_an_email_address_and_otherwise_a_phone_number() {
        assertThat(PersonalKeys.searchKey("Jean@Exemple.fr")).isEqualTo("jean@exemple.fr");
        assertThat(PersonalKeys.searchKey("07 98 76 54 32")).isEqualTo("33798765432");
        assertThat(PersonalKeys.searchKey("")).isNull();
    }
}
