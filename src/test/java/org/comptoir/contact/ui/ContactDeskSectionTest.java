package org.comptoir.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import org.comptoir.ViewTest;
import org.comptoir.contact.ContactService;
import org.comptoir.contact.FollowUpDetails;
import org.comptoir.contact.FollowUpKind;
import org.comptoir.contact.FollowUpService;
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
        assertThat(section.email.getValue()).as("the section is clear for the next visitor").isEmpty();
        assertThat(section.getContent().isOpened()).isFalse();
    }

    @Test
    void when_the_contact_is_refused_after_the_interaction_is_saved_the_values_stay_and_can_be_saved_later() {
        navigate("desk", Component.class);
        var section = $(ContactDeskSection.class).single();
        var saved = visits.save(org.comptoir.visit.InteractionDraft.blank());
        var note = "call " + System.nanoTime();
        test(section.consentReply).click();
        test(section.phone).setValue("06 12");
        test(section.followUp).click();
        test(section.note).setValue(note);

        assertThat(section.afterSave(saved)).isFalse();

        assertThat(section.pending.isVisible()).isTrue();
        assertThat(section.pendingText.getText()).startsWith("Le contact d’accueil est enregistré, mais pas");
        assertThat(section.phone.getValue()).isEqualTo("06 12");
        assertThat(section.phone.getErrorMessage()).startsWith("Numéro incorrect");
        assertThat(section.validate()).as("the next interaction waits for this one's contact").isFalse();

        test(section.phone).setValue("06 12 34 56 78");
        test(section.savePending).click();

        assertThat(section.pending.isVisible()).isFalse();
        assertThat(mine(note).interactionId()).isEqualTo(saved.id());
        assertThat(notifications()).contains("Coordonnées et suivi enregistrés.");
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
                .filter(b -> b.getText().equals("Enregistrer") || b.getText().equals("Save")).findFirst()
                .orElseThrow();
    }

    private FollowUpDetails mine(String note) {
        return followUps.open(null, PageRequest.of(0, 1000)).stream().filter(f -> note.equals(f.note()))
                .findFirst().orElseThrow();
    }
}
