package org.comptoir.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class ContactServiceTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ContactRepository contactRows;

    @Autowired
    PersonalDataAuditRepository audit;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Test
    void without_a_purpose_consented_to_the_service_keeps_nothing() {
        var call = call();
        var before = contactRows.count();

        assertThatThrownBy(() -> contacts.save(
                        call.id(),
                        new ContactDraft("Anna Schmidt", "anna@example.de", "+49 171 2345678", "80331", false, false)))
                .isInstanceOfSatisfying(
                        ContactInvalid.class,
                        invalid ->
                                assertThat(invalid.fieldErrors()).containsEntry("consent", "contact.consent.required"))
                .hasMessageNotContaining("anna");
        assertThat(contactRows.count()).isEqualTo(before);
        assertThat(contactRows.findByInteractionIdOrderByIdAsc(call.id())).isEmpty();
    }

    @Test
    void a_contact_keeps_its_purposes_the_wording_version_who_recorded_it_and_its_search_keys() {
        var call = call();

        var saved = contacts.save(
                call.id(),
                new ContactDraft(" Anna Schmidt ", "Anna.Schmidt@Example.DE", "06 12 34 56 78", "63000", true, true));

        assertThat(saved.name()).isEqualTo("Anna Schmidt");
        assertThat(saved.consentReply()).isTrue();
        assertThat(saved.consentNewsletter()).isTrue();
        assertThat(saved.consentWordingVersion()).isEqualTo(Consent.WORDING_VERSION);
        assertThat(saved.consentedBy()).isEqualTo("counsellor");
        assertThat(saved.toString()).doesNotContain("Anna", "06 12");
        var row = contactRows.findById(saved.id()).orElseThrow();
        assertThat(row).extracting("emailKey", "phoneKey").containsExactly("anna.schmidt@example.de", "33612345678");
        assertThat(audit.countByContactIdAndAction(saved.id(), "CREATE")).isOne();
    }

    @Test
    void a_wrong_email_is_refused_next_to_the_email_field() {
        var call = call();
        assertThatThrownBy(() ->
                        contacts.save(call.id(), new ContactDraft(null, "anna(at)example.de", null, null, true, false)))
                .isInstanceOfSatisfying(
                        ContactInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("email", "contact.email.invalid"))
                .hasMessageNotContaining("anna");
    }

    @Test
    void viewing_a_contact_writes_who_saw_it_in_the_personal_data_audit() {
        var saved = contacts.save(call().id(), new ContactDraft("Anna", "anna@example.de", null, null, true, false));

        var seen = contacts.view(saved.id());

        assertThat(seen.email()).isEqualTo("anna@example.de");
        assertThat(audit.countByContactIdAndAction(saved.id(), "VIEW")).isOne();
        TestUsers.as("director", AppRoles.DIRECTOR, () -> contacts.view(saved.id()));
        TestUsers.as("admin", AppRoles.ADMIN, () -> contacts.view(saved.id()));
        assertThat(audit.countByContactIdAndAction(saved.id(), "VIEW")).isEqualTo(3);
    }

    @Test
    void a_counsellor_neither_sees_nor_records_the_contact_of_another_counsellors_interaction() {
        var directorsCall = TestUsers.as("director", AppRoles.DIRECTOR, this::call);
        var saved = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> contacts.save(
                        directorsCall.id(), new ContactDraft("Anna", "anna@example.de", null, null, true, false)));

        assertThatThrownBy(() -> contacts.view(saved.id()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("anna");
        assertThatThrownBy(() -> contacts.save(
                        directorsCall.id(), new ContactDraft("Ben", "ben@example.de", null, null, true, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.countByContactIdAndAction(saved.id(), "VIEW")).isZero();
    }

    @Test
    @WithAnonymousUser
    void no_one_signed_out_records_or_sees_a_contact() {
        assertThatThrownBy(() -> contacts.view(1))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> contacts.save(1, new ContactDraft(null, "anna@example.de", null, null, true, false)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private InteractionDetails call() {
        return Interactions.phoneCall(visits, attractions, ConversationLanguage.DE, 0);
    }
}
