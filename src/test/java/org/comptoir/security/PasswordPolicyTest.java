package org.comptoir.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(policy.problems("marie", "Gergovie-en-velo-2026")).isEmpty();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertThat(policy.problems("marie", "Gergovie-63")).containsExactly("password.too-short");
    }

    @Test
    void twelve_characters_are_enough_when_nothing_else_is_wrong() {
        assertThat(policy.problems("marie", "Lac-Pavin-88")).isEmpty();
    }

    @Test
    void a_common_password_is_refused_even_with_digits_and_symbols_around_it() {
        assertThat(policy.problems("marie", "password123456")).contains("password.too-common");
        assertThat(policy.problems("marie", "Motdepasse2026!")).contains("password.too-common");
        assertThat(policy.problems("marie", "azertyuiop123")).contains("password.too-common");
    }

    // Review finding 5: BCrypt reads 72 bytes at most, and refuses more.
    @Test
    void a_password_over_seventy_two_bytes_is_refused_with_its_own_message() {
        assertThat(policy.problems("marie", "Gergovie-" + "v".repeat(63))).doesNotContain("password.too-long");
        assertThat(policy.problems("marie", "Gergovie-" + "v".repeat(64))).containsExactly("password.too-long");
        assertThat(policy.problems("marie", "Gergovie-" + "é".repeat(32))).containsExactly("password.too-long");
    }

    // Review finding 5: a list of common passwords as long as NIST 800-63B asks for.
    @Test
    void the_common_password_list_holds_at_least_ten_thousand_leaked_passwords() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(policy.problems("marie", "liverpool-1892")).contains("password.too-common");
        assertThat(policy.problems("marie", "superman123456")).contains("password.too-common");
        assertThat(policy.problems("marie", "butterfly!!2026")).contains("password.too-common");
    }

    @Test
    void a_sequence_or_a_repeated_character_is_refused() {
        assertThat(policy.problems("marie", "123456789012")).contains("password.too-common");
        assertThat(policy.problems("marie", "aaaaaaaaaaaaaa")).contains("password.too-common");
        assertThat(policy.problems("marie", "abcdefghijklm")).contains("password.too-common");
    }

    @Test
    void a_password_containing_the_user_name_is_refused() {
        assertThat(policy.problems("marie", "Marie-des-Volcans")).containsExactly("password.contains-username");
    }
}
