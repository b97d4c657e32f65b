package org.comptoir.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comptoir.TestUsers;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionService;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpFixtures;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** My follow-ups and one follow-up, as a counsellor and a director use them, in French and in English. */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class FollowUpsViewTest extends ViewTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    ApplicationContext context;

    @Test
    void a_counsellor_sees_their_open_follow_ups_overdue_first_with_a_mark_and_a_count_in_the_menu() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0);
        FollowUpFixtures.overdue(context, call.id(), "counsellor", 40);
        followUps.create(call.id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));

        var view = navigate(FollowUpsView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        assertThat(grid.getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("en retard");
        assertThat(view.grid.getColumns().get(1).getHeaderText()).isEqualTo("Suivi");
        assertThat(view.owner.isVisible())
                .as("counsellors see only theirs: no owner filter")
                .isFalse();
        var badge = $(Span.class).withClassName("menu-badge").single();
        assertThat(badge.getText())
                .isEqualTo(String.valueOf(followUps.myOpenCount().open()));
        assertThat(badge.hasClassName("urgent")).isTrue();
    }

    @Test
    void the_list_speaks_english() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.EN, 0);
        FollowUpFixtures.overdue(context, call.id(), "counsellor", 41);
        useLocale(Locale.ENGLISH);

        var view = navigate(FollowUpsView.class);

        assertThat(view.grid.getColumns().get(0).getHeaderText()).isEqualTo("Due");
        assertThat(test(view.grid).getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("overdue");
    }

    @Test
    void a_counsellor_neither_lists_nor_opens_another_counsellors_follow_up() {
        var others = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> followUps.create(
                        Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0)
                                .id(),
                        null,
                        new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null)));

        var list = navigate(FollowUpsView.class);
        assertThat(test(list.grid).size()).isLessThan(1000);
        for (int row = 0; row < test(list.grid).size(); row++) {
            assertThat(test(list.grid).getRow(row).id()).isNotEqualTo(others.id());
        }

        var view = navigate("follow-ups/" + others.id(), FollowUpView.class);

        assertThat(view.missing.getText()).isEqualTo("Ce suivi est celui d’un autre conseiller.");
        assertThat(view.body.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void a_director_sees_everyones_follow_ups_and_narrows_them_to_one_owner() {
        var counsellors = TestUsers.as(
                "counsellor",
                AppRoles.COUNSELLOR,
                () -> followUps.create(
                        Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0)
                                .id(),
                        null,
                        new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null)));

        var view = navigate(FollowUpsView.class);
        assertThat(view.owner.isVisible()).isTrue();
        assertThat(ids(view)).contains(counsellors.id());

        UI.getCurrent().navigate(FollowUpsView.ROUTE, QueryParameters.of("owner", "admin"));
        view = $(FollowUpsView.class).single();
        assertThat(view.owner.getValue()).isEqualTo("admin");
        assertThat(ids(view)).doesNotContain(counsellors.id());

        UI.getCurrent().navigate(FollowUpsView.ROUTE, QueryParameters.of("owner", "counsellor"));
        assertThat(ids($(FollowUpsView.class).single())).contains(counsellors.id());
    }

    @Test
    void opening_a_follow_up_shows_the_contact_sends_the_sheet_and_closes_it() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 2);
        var contact = contacts.save(
                call.id(), new ContactDraft("Marie Dupont", "marie@example.fr", null, "63000", true, false));
        var followUp = followUps.create(
                call.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, "les volcans"));
        TestMailServer.clear();

        var view = navigate("follow-ups/" + followUp.id(), FollowUpView.class);

        assertThat(view.contactCard.getElement().getTextRecursively())
                .contains("Marie Dupont", "marie@example.fr", "Répondre à cette demande");
        assertThat(view.interactionCard.getElement().getTextRecursively()).contains("Téléphone", "les volcans");
        assertThat(view.sendSheet.isEnabled()).isTrue();
        test(view.sendSheet).click();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(view.mailStatus.getElement().getTextRecursively()).isEqualTo("E-mail envoyé.");
        assertThat(test(view.history).size()).isEqualTo(2);
        assertThat(test(view.mails).getCellText(0, 3)).isEqualTo("Envoyé");

        test(view.done).click();

        assertThat(followUps.find(followUp.id()).orElseThrow().status().name()).isEqualTo("DONE");
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.sendSheet.isEnabled()).isFalse();
    }

    @Test
    void a_mail_the_server_did_not_take_is_said_and_sent_again_in_one_click() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.EN, 1);
        var contact = contacts.save(call.id(), new ContactDraft(null, "sam@example.co.uk", null, null, true, false));
        var followUp = followUps.create(
                call.id(), contact.id(), new FollowUpDraft(FollowUpKind.ANSWER_EMAIL, null, null, null));
        TestMailServer.clear();
        useLocale(Locale.ENGLISH);
        var view = navigate("follow-ups/" + followUp.id(), FollowUpView.class);

        TestMailServer.stop();
        try {
            test(view.writeAnswer).click();
            var dialog = $(AnswerDialog.class).single();
            test(dialog.subject).setValue("Your question");
            test(dialog.text).setValue("The museum opens at 10.");
            test(dialog.send).click();
        } finally {
            TestMailServer.resume();
        }

        assertThat(view.mailStatus.getElement().getTextRecursively())
                .contains("Not sent: the mail server did not answer")
                .doesNotContain("sam@");
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Not sent"));
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
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Your question"));
        assertThat(view.mailStatus.getElement().getTextRecursively()).isEqualTo("E-mail sent.");
        assertThat(test(view.mails).size()).isEqualTo(2);
    }

    @Test
    void without_an_email_the_visitor_agreed_to_the_mail_buttons_say_why_they_wait() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 1);
        var followUp = followUps.create(call.id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));

        var view = navigate("follow-ups/" + followUp.id(), FollowUpView.class);

        assertThat(view.sendSheet.isEnabled()).isFalse();
        assertThat(view.writeAnswer.isEnabled()).isFalse();
        assertThat(view.mailSetup.getText()).isEqualTo("Pas d’e-mail du visiteur avec son accord pour lui répondre.");
        assertThat(view.contactCard.getElement().getTextRecursively())
                .contains("Le visiteur n’a pas laissé de coordonnées.");
        assertThat(view.done.isVisible()).isTrue();
    }

    private List<Long> ids(FollowUpsView view) {
        var grid = test(view.grid);
        var ids = new ArrayList<Long>();
        for (int row = 0; row < grid.size(); row++) {
            ids.add(grid.getRow(row).id());
        }
        return ids;
    }
}
