package org.comptoir.personaldata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.comptoir.ViewTest;
import org.comptoir.personaldata.PersonalDataService;
import org.comptoir.personaldata.PersonalFixtures;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Admin › Personal data, used as an admin answering a rights request would, in French and in English.
 */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PersonalDataViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataService personalData;

    PersonalFixtures fixtures;
    PersonalFixtures.Person person;
    long contactId;

    @BeforeEach
    void aPersonWhoAskedForDocumentation() {
        fixtures = PersonalFixtures.in(context);
        person = PersonalFixtures.newPerson();
        long interaction = fixtures.interaction().id();
        contactId = fixtures.contact(interaction, person, true, true);
        fixtures.followUpWithMail(interaction, contactId, person);
    }

    @Test
    void an_admin_finds_a_person_by_phone_sees_their_contact_and_follow_up_and_downloads_their_data() {
        var view = navigate(PersonalDataView.class);
        assertThat(view.exportJson.isVisible())
                .as("nothing to export before a search")
                .isFalse();

        test(view.query).setValue(person.phone());
        test(view.search).click();

        assertThat(view.summary.getText()).isEqualTo("Trouvé : 1 contact(s), 1 suivi(s), 1 e-mail(s) envoyé(s).");
        var grid = test(view.contacts);
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 1)).isEqualTo("Accueil principal");
        assertThat(grid.getCellText(0, 2)).isEqualTo(person.name());
        assertThat(grid.getCellText(0, 3)).isEqualTo(person.email());
        assertThat(grid.getCellText(0, 6)).isEqualTo("Réponse à la demande, Lettre d’information");
        assertThat(test(view.followUps).getCellText(0, 4)).contains(person.name());
        assertThat(view.exportJson.getText()).isEqualTo("Exporter en JSON");
        assertThat(view.exportCsv.getText()).isEqualTo("Exporter en CSV");
        assertThat(view.exportJson.getHref()).doesNotContain(person.phoneKey(), "@");

        var json = new ByteArrayOutputStream();
        test(view.exportJson).download(json);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains(person.email(), person.name());
        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(person.email(), person.name());

        test(view.search).click();
        assertThat(auditActionsOfTheContact(view)).contains("Consultation", "Export JSON", "Export CSV");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .as("what was typed stays out of the address")
                .isEqualTo("admin/personal-data");
    }

    @Test
    void erasing_asks_for_confirmation_first_then_nothing_is_left_to_find() {
        var view = navigate(PersonalDataView.class);
        test(view.query).setValue(person.email());
        test(view.search).click();

        test(view.erase).click();
        var dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Effacer les données de cette personne ?");
        test(dialog).cancel();
        assertThat(personalData.find(person.email()).contacts())
                .as("cancelled: nothing erased")
                .hasSize(1);

        test(view.erase).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(notifications()).contains("Effacé : 1 contact(s).");
        assertThat(view.summary.getText()).isEqualTo("Aucune donnée n’est gardée pour cette adresse ou ce numéro.");
        assertThat(view.erase.isVisible()).isFalse();
        assertThat(personalData.find(person.email()).isEmpty()).isTrue();
        assertThat(auditActionsOfTheContact(view)).contains("Effacement sur demande");
    }

    @Test
    void a_newsletter_withdrawal_is_recorded_and_the_subscriber_leaves_the_export() {
        var view = navigate(PersonalDataView.class);
        var before = new ByteArrayOutputStream();
        test(view.newsletterExport).download(before);
        assertThat(before.toString(StandardCharsets.UTF_8)).contains(person.email());

        test(view.withdrawEmail).setValue(person.email().toUpperCase(Locale.ROOT));
        test(view.withdraw).click();

        assertThat(notifications()).contains("Désinscription enregistrée (1 contact(s)).");
        var after = new ByteArrayOutputStream();
        test(view.newsletterExport).download(after);
        assertThat(after.toString(StandardCharsets.UTF_8)).doesNotContain(person.email());
        assertThat(auditActionsOfTheContact(view)).contains("Désinscription de la lettre d’information");
    }

    @Test
    void the_page_speaks_english_when_asked() {
        useLocale(Locale.ENGLISH);
        var view = navigate(PersonalDataView.class);
        assertThat(view.getPageTitle()).isEqualTo("Personal data");
        assertThat(view.summary.getText()).isEqualTo("Type the e-mail address or phone number the person gave.");

        test(view.query).setValue(person.email());
        test(view.search).click();

        assertThat(view.summary.getText()).isEqualTo("Found: 1 contact(s), 1 follow-up(s), 1 e-mail(s) sent.");
        assertThat(test(view.contacts).getHeaderCell(1)).isEqualTo("Desk");
        assertThat(test(view.contacts).getCellText(0, 1)).isEqualTo("Main desk");
        assertThat(view.exportJson.getText()).isEqualTo("Export JSON");
        assertThat(view.newsletterExport.getText()).isEqualTo("Export subscribers (CSV)");
        test(view.erase).click();
        assertThat(test($(ConfirmDialog.class).single()).getHeader()).isEqualTo("Erase this person’s data?");
    }

    private List<String> auditActionsOfTheContact(PersonalDataView view) {
        var audit = test(view.audit);
        return IntStream.range(0, audit.size())
                .filter(row -> audit.getCellText(row, 3).equals(Long.toString(contactId)))
                .mapToObj(row -> audit.getCellText(row, 2))
                .toList();
    }
}
