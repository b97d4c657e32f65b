package org.comptoir.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.ViewTest;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Buttons that send act once: disabled from the click until the answer is on screen, and a second
 * click that still reaches the server (a double click sent in one batch, a second window) mails once.
 */
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class SendOnceTest extends ViewTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Test
    void a_double_click_on_send_the_sheet_sends_one_mail() throws Exception {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 2);
        var contact = contacts.save(
                call.id(), new ContactDraft("Paul Martin", "paul.martin@example.fr", null, null, true, false));
        var followUp = followUps.create(
                call.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, null));
        TestMailServer.clear();
        var view = navigate("follow-ups/" + followUp.id(), FollowUpView.class);
        assertThat(view.sendSheet.isDisableOnClick())
                .as("the browser disables it at the click")
                .isTrue();

        // both clicks of a double click, each handled by the server
        test(view.sendSheet).click();
        assertThat(view.sendSheet.isEnabled()).as("usable again once answered").isTrue();
        test(view.sendSheet).click();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.awaitMessages(2)).as("no second mail arrives").isFalse();
        assertThat(TestMailServer.received())
                .singleElement()
                .satisfies(mail -> assertThat(mail.getAllRecipients())
                        .extracting(Object::toString)
                        .containsExactly("paul.martin@example.fr"));
        assertThat(followUps.mails(followUp.id())).hasSize(1);
        assertThat(view.mailStatus.getElement().getTextRecursively()).isEqualTo("E-mail envoyé.");
    }

    @Test
    void a_button_that_acts_once_is_disabled_while_it_acts_and_usable_again_after_a_failure() {
        var button = new Button("Enregistrer");
        UI.getCurrent().add(button);
        var seen = new ArrayList<Boolean>();
        ActOnce.onClick(button, () -> {
            seen.add(button.isEnabled());
            throw new IllegalStateException("the database is down");
        });

        try {
            ComponentUtil.fireEvent(button, new ClickEvent<>(button));
        } catch (IllegalStateException expected) {
            // the global error handler tells the person; the button must not stay dead
        }

        assertThat(seen).isEqualTo(List.of(false));
        assertThat(button.isEnabled()).isTrue();
    }

    @Test
    void a_button_that_acts_once_stays_disabled_when_what_it_does_is_no_longer_possible() {
        var button = new Button("Envoyer");
        UI.getCurrent().add(button);
        ActOnce.onClick(button, () -> {}, () -> false);

        test(button).click();

        assertThat(button.isEnabled()).isFalse();
    }
}
