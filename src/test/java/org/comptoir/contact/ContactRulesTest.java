package org.comptoir.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void nothing_personal_is_acceptable_without_a_purpose_consented_to() {
        var draft = new ContactDraft("Anna", "anna@example.de", null, null, false, false);
        assertThat(ContactRules.problems(draft)).containsOnlyKeys("consent");
    }

    @Test
    void a_reply_needs_an_email_or_a_phone_and_the_newsletter_an_email() {
        assertThat(ContactRules.problems(new ContactDraft("Anna", null, null, null, true, false)))
                .containsEntry("email", "contact.reach.required")
                .containsEntry("phone", "contact.reach.required");
        assertThat(ContactRules.problems(new ContactDraft(null, null, "06 12 34 56 78", null, true, false)))
                .isEmpty();
        assertThat(ContactRules.problems(new ContactDraft(null, null, "06 12 34 56 78", null, false, true)))
                .containsEntry("email", "contact.email.required-for-newsletter");
    }

    @Test
    void wrong_formats_are_named_field_by_field() {
        var draft = new ContactDraft("x".repeat(121), "anna@", "call me", "63000<", true, false);
        assertThat(ContactRules.problems(draft))
                .containsEntry("name", "contact.name.too-long")
                .containsEntry("email", "contact.email.invalid")
                .containsEntry("phone", "contact.phone.invalid")
                .containsEntry("postalCode", "contact.postal-code.invalid");
    }
}
