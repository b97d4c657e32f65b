package org.comptoir.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.complaint.ComplaintAction;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintChannel;
import org.comptoir.complaint.ComplaintDetails;
import org.comptoir.complaint.ComplaintDraft;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintStatus;
import org.comptoir.complaint.ComplaintSubject;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The complaints register as a director and a counsellor use it, in French and in English. */
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ComplaintsViewTest extends ViewTest {

    @Autowired
    ComplaintService complaints;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ComplaintDetails late() {
        return complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.PREMISES, "Toilettes fermées.")
                        .receivedOn(today().minusDays(60)));
    }

    @Test
    void a_director_sees_late_complaints_first_marked_and_counted_in_the_menu() {
        var late = late();
        complaints.record(ComplaintDraft.of(ComplaintKind.SUGGESTION, ComplaintCategory.INFORMATION, "Plus de plans."));

        var view = navigate(ComplaintsView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        assertThat(grid.getRow(0).overdue()).isTrue();
        assertThat(grid.getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("en retard");
        assertThat(ids(view)).contains(late.id());
        assertThat(view.grid.getColumns().get(0).getHeaderText()).isEqualTo("Échéance");
        assertThat(view.grid.getColumns().get(2).getHeaderText()).isEqualTo("Catégorie");
        assertThat(view.create.getText()).isEqualTo("Nouvelle réclamation");
        var overdue = String.valueOf(complaints.myCount().overdue());
        assertThat($(Span.class).withClassName("menu-badge").all()).anySatisfy(badge -> {
            assertThat(badge.getText()).isEqualTo(overdue);
            assertThat(badge.hasClassName("urgent")).isTrue();
        });
    }

    @Test
    void the_status_filter_is_in_the_address() {
        var answered = late();
        complaints.answer(answered.id(), answered.version(), "Réparées.", ComplaintChannel.PHONE);

        UI.getCurrent().navigate(ComplaintsView.ROUTE, QueryParameters.of("status", "answered"));
        var view = $(ComplaintsView.class).single();

        assertThat(view.status.getValue()).isEqualTo(ComplaintsView.Filter.ANSWERED);
        assertThat(ids(view)).contains(answered.id());
        UI.getCurrent().navigate(ComplaintsView.ROUTE);
        assertThat(ids($(ComplaintsView.class).single())).doesNotContain(answered.id());
    }

    @Test
    void the_list_and_the_form_speak_english() {
        late();
        useLocale(Locale.ENGLISH);

        var view = navigate(ComplaintsView.class);

        assertThat(view.grid.getColumns().get(0).getHeaderText()).isEqualTo("Due");
        assertThat(test(view.grid).getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("overdue");
        assertThat(view.create.getText()).isEqualTo("New complaint");
        var form = navigate(ComplaintFormView.class);
        assertThat(form.description.getLabel()).isEqualTo("Description");
        assertThat(form.consent.getLabel()).startsWith("The visitor agrees");
        assertThat(form.subject.getItemLabelGenerator().apply(ComplaintSubject.PARTNER))
                .isEqualTo("A partner");
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void a_counsellor_records_a_complaint_with_contact_details_only_after_ticking_the_consent() {
        var form = navigate(ComplaintFormView.class);
        assertThat(form.owner.isVisible())
                .as("the owner is the directors' choice")
                .isFalse();
        assertThat(form.email
                        .getParent()
                        .flatMap(p -> p.getParent())
                        .orElseThrow()
                        .isVisible())
                .as("contact fields hidden until consent")
                .isFalse();

        test(form.subject).selectItem("Un partenaire");
        assertThat(form.category.getListDataView().getItems().toList())
                .containsExactlyElementsOf(ComplaintCategory.of(ComplaintSubject.PARTNER));
        test(form.category).selectItem("Hébergement");
        test(form.partnerName).setValue("Hôtel du Parc");
        test(form.channel).selectItem("Téléphone");
        test(form.description).setValue("Chambre bruyante, accueil désagréable.");
        test(form.consent).click();
        assertThat(form.email
                        .getParent()
                        .flatMap(p -> p.getParent())
                        .orElseThrow()
                        .isVisible())
                .isTrue();
        assertThat(form.wording.getText()).startsWith("À lire au visiteur");
        test(form.name).setValue("Paul Martin");
        test(form.email).setValue("paul.martin@example.fr");
        test(form.save).click();

        var view = $(ComplaintView.class).single();
        assertThat(view.heading.getElement().getTextRecursively()).contains("Réclamation", "Hébergement", "Reçue");
        assertThat(view.description.getElement().getTextRecursively()).contains("Hôtel du Parc", "Chambre bruyante");
        assertThat(view.contactCard.getElement().getTextRecursively())
                .contains("Paul Martin", "paul.martin@example.fr");
        assertThat(view.readOnly.isVisible()).as("a director answers it").isTrue();
        assertThat(view.actionsCard.isVisible()).isFalse();
        var mine = complaints.list(List.of(), PageRequest.of(0, 1000)).getContent().stream()
                .filter(c -> "Hôtel du Parc".equals(c.partnerName()))
                .toList();
        assertThat(mine).isNotEmpty().allSatisfy(c -> {
            assertThat(c.category()).isEqualTo(ComplaintCategory.ACCOMMODATION);
            assertThat(c.channel()).isEqualTo(ComplaintChannel.PHONE);
            assertThat(c.createdBy()).isEqualTo("counsellor");
        });
    }

    @Test
    void a_form_without_a_description_is_not_saved_and_keeps_what_was_typed() {
        var form = navigate(ComplaintFormView.class);
        test(form.category).selectItem("Accueil");

        test(form.save).click();

        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.category.getValue()).isEqualTo(ComplaintCategory.WELCOME);
        assertThat($(ComplaintFormView.class).all()).hasSize(1);
    }

    @Test
    void a_director_acknowledges_answers_by_phone_and_closes_with_each_step_in_the_history() {
        var saved = complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.WELCOME, "Pas de bonjour."));
        var view = navigate("complaints/" + saved.id(), ComplaintView.class);
        assertThat(view.acknowledge.isVisible()).isTrue();
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.closeUnanswered.isVisible())
                .as("nobody left contact details")
                .isTrue();

        test(view.acknowledge).click();
        assertThat(view.acknowledge.isVisible()).isFalse();
        test(view.writeAnswer).click();
        var dialog = $(ComplaintAnswerDialog.class).single();
        assertThat(dialog.channel.getListDataView().getItems().toList())
                .as("no e-mail address: no answer by e-mail")
                .doesNotContain(ComplaintChannel.EMAIL);
        test(dialog.text).setValue("Nous en avons parlé à l’équipe.");
        test(dialog.save).click();

        assertThat(view.close.isVisible()).isTrue();
        assertThat(view.answerCard.getElement().getTextRecursively()).contains("Nous en avons parlé à l’équipe.");
        test(view.close).click();

        assertThat(complaints.find(saved.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(test(view.history).size()).isEqualTo(4);
        assertThat(test(view.history).getCellText(3, 2)).isEqualTo("Clôturée");
        assertThat(complaints.history(saved.id()))
                .extracting(h -> h.action())
                .containsExactly(
                        ComplaintAction.RECORDED,
                        ComplaintAction.ACKNOWLEDGED,
                        ComplaintAction.ANSWERED,
                        ComplaintAction.CLOSED);
    }

    @Test
    void an_answer_the_mail_server_did_not_take_is_said_and_sent_again_in_one_click() {
        var saved = complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.INFORMATION, "Mauvais horaires donnés.")
                        .withContact(true, "Sam", "sam.complaint@example.co.uk", null));
        TestMailServer.clear();
        useLocale(Locale.ENGLISH);
        var view = navigate("complaints/" + saved.id(), ComplaintView.class);

        TestMailServer.stop();
        try {
            test(view.writeAnswer).click();
            var dialog = $(ComplaintAnswerDialog.class).single();
            assertThat(dialog.channel.getValue()).isEqualTo(ComplaintChannel.EMAIL);
            test(dialog.text).setValue("The museum opens at 10.");
            test(dialog.save).click();
        } finally {
            TestMailServer.resume();
        }

        assertThat(view.mailStatus.getElement().getTextRecursively())
                .contains("Not sent")
                .doesNotContain("sam.complaint@");
        var retry = view.mailStatus
                .getChildren()
                .filter(c -> c instanceof Button)
                .map(c -> (Button) c)
                .findFirst()
                .orElseThrow();
        test(retry).click();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.received())
                .singleElement()
                .satisfies(
                        m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("sam.complaint@example.co.uk"));
        assertThat(view.mailStatus.getElement().getTextRecursively()).isEqualTo("E-mail sent.");
        assertThat(test(view.mails).size()).isEqualTo(2);
        assertThat(complaints.find(saved.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.ANSWERED);
    }

    @Test
    @WithMockUser(username = "someone-else", roles = AppRoles.COUNSELLOR)
    void a_counsellor_does_not_open_a_complaint_of_others() {
        var others = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> complaints.record(
                        ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.WELCOME, "Confidentiel.")));

        var view = navigate("complaints/" + others.id(), ComplaintView.class);

        assertThat(view.missing.getText()).isEqualTo("Cette réclamation est suivie par quelqu’un d’autre.");
        assertThat(view.body.isVisible()).isFalse();
    }

    private List<Long> ids(ComplaintsView view) {
        var grid = test(view.grid);
        var ids = new ArrayList<Long>();
        for (int row = 0; row < grid.size(); row++) {
            ids.add(grid.getRow(row).id());
        }
        return ids;
    }
}
