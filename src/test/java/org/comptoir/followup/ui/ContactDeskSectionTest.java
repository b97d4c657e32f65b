package org.comptoir.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import java.util.Map;
import org.comptoir.ViewTest;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.ContactInvalid;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDetails;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The desk's "contact details (with consent)" section, used as a counsellor would. */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class ContactDeskSectionTest extends ViewTest {

    @Autowired
    VisitService visits;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Test
    void the_section_is_folded_and_its_fields_wait_for_a_purpose_consented_to() {
        navigate("desk", Component.class);
        var section = $(ContactDeskSection.class).single();

        assertThat(section.getContent().isOpened()).isFalse();
        assertThat(section.getContent().getSummaryText()).isEqualTo("Coordonnées (avec accord)");
        assertThat(section.email.isEnabled()).isFalse();
        assertThat(section.name.isEnabled()).isFalse();
        assertThat(section.kind.isVisible()).isFalse();

        test(section.consentReply).click();

        assertThat(section.email.isEnabled()).isTrue();
        assertThat(section.phone.isEnabled()).isTrue();
        assertThat(section.email.getLabel()).isEqualTo("E-mail");
    }

    @Test
    void a_wrong_email_is_said_next_to_the_field_and_nothing_is_saved_until_it_is_right() {
        navigate("desk", Component.class);
        var section = $(ContactDeskSection.class).single();
        var before = visits.todayCounters(visits.defaultDeskId()).interactions();
        var note = "doc " + System.nanoTime();

        test(section.consentReply).click();
        test(section.email).setValue("marie.dupont@");
        test(section.followUp).click();
        test(section.note).setValue(note);
        test(save()).click();

        assertThat(section.email.isInvalid()).isTrue();
        assertThat(section.email.getErrorMessage()).isEqualTo("Adresse e-mail incorrecte (exemple : nom@exemple.fr).");
        assertThat(section.getContent().isOpened()).isTrue();
        assertThat(visits.todayCounters(visits.defaultDeskId()).interactions()).isEqualTo(before);

        test(section.email).setValue("marie.dupont@example.fr");
        test(save()).click();

        assertThat(visits.todayCounters(visits.defaultDeskId()).interactions()).isEqualTo(before + 1);
        var created = mine(note);
        assertThat(created.kind()).isEqualTo(FollowUpKind.SEND_DOCUMENTATION);
        assertThat(created.contactId()).isNotNull();
        assertThat(contacts.view(created.contactId()).email()).isEqualTo("marie.dupont@example.fr");
        assertThat(section.email.getValue())
                .as("the section is clear for the next visitor")
                .isEmpty();
        assertThat(section.getContent().isOpened()).isFalse();
    }

    @Test
    void a_refusal_of_the_service_is_said_next_to_the_field_it_is_about_and_what_was_typed_stays() {
        navigate("desk", Component.class);
        var section = $(ContactDeskSection.class).single();
        test(section.consentReply).click();
        test(section.phone).setValue("06 12 34 56 78");
        test(section.followUp).click();
        test(section.note).setValue("the bus times");

        assertThat(section.showRefusal(new ContactInvalid(Map.of("phone", "contact.phone.invalid"))))
                .isTrue();
        assertThat(section.showRefusal(new RuleViolation("followup.note.too-long")))
                .isTrue();

        assertThat(section.phone.getErrorMessage()).startsWith("Numéro incorrect");
        assertThat(section.note.isInvalid()).isTrue();
        assertThat(section.note.getErrorMessage()).isEqualTo("Texte trop long (2 000 caractères au plus).");
        assertThat(section.note.getValue()).isEqualTo("the bus times");
        assertThat(section.getContent().isOpened()).isTrue();
        assertThat(section.showRefusal(new RuleViolation("interaction.not-found")))
                .as("a refusal about no field of the section is left to the desk")
                .isFalse();
    }

    @Test
    void the_section_speaks_english() {
        useLocale(Locale.ENGLISH);
        navigate("desk", Component.class);
        var section = $(ContactDeskSection.class).single();

        assertThat(section.getContent().getSummaryText()).isEqualTo("Contact details (with consent)");
        assertThat(section.consentNewsletter.getLabel()).isEqualTo("Newsletter");
        test(section.consentNewsletter).click();
        test(section.phone).setValue("+44 20 7946 0958");
        test(save()).click();

        assertThat(section.email.getErrorMessage()).isEqualTo("An e-mail address is needed for the newsletter.");
    }

    private Button save() {
        return $(Button.class).all().stream()
                .filter(b -> b.getText().equals("Enregistrer") || b.getText().equals("Save"))
                .findFirst()
                .orElseThrow();
    }

    private FollowUpDetails mine(String note) {
        return followUps.open(null, PageRequest.of(0, 1000)).stream()
                .filter(f -> note.equals(f.note()))
                .findFirst()
                .orElseThrow();
    }
}
