package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.attraction.AttractionService;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.followup.FollowUpAction;
import org.comptoir.followup.FollowUpDraft;
import org.comptoir.followup.FollowUpKind;
import org.comptoir.followup.FollowUpService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Review finding 12: deleting an interaction takes its contact and open follow-ups with it, at once. */
@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class InteractionDeletionTest {

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void deleting_an_interaction_cancels_its_open_follow_ups_and_erases_its_contact_in_the_same_transaction() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0);
        var contact = contacts.save(
                call.id(), new ContactDraft("Anna Schmidt", "anna@example.de", "06 12 34 56 78", "63000", true, false));
        var followUp = followUps.create(
                call.id(), contact.id(), new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, "wants the bus times"));

        visits.delete(call.id(), visits.find(call.id()).orElseThrow().version());

        // read from the database itself: the erasure writes with SQL, past this test's persistence context
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact where interaction_id = :id", Map.of("id", call.id()), Long.class))
                .isZero();
        assertThat(jdbc.queryForMap("select status, note from follow_up where id = :id", Map.of("id", followUp.id())))
                .containsEntry("status", "CANCELLED")
                .containsEntry("note", null);
        assertThat(followUps.history(followUp.id()))
                .last()
                .satisfies(step -> assertThat(step.action()).isEqualTo(FollowUpAction.CANCELLED));
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_audit where contact_id = :id and action = :action",
                        Map.of("id", contact.id(), "action", PersonalAuditEntry.INTERACTION_DELETED),
                        Long.class))
                .isOne();
    }

    @Test
    void a_newsletter_subscription_given_at_a_deleted_interaction_keeps_only_what_the_newsletter_needs() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0);
        var contact = contacts.save(
                call.id(), new ContactDraft("Bram Peeters", "bram@example.be", "0470 12 34 56", null, true, true));

        visits.delete(call.id(), visits.find(call.id()).orElseThrow().version());

        assertThat(jdbc.queryForMap("select email, phone from contact where id = :id", Map.of("id", contact.id())))
                .containsEntry("email", "bram@example.be")
                .containsEntry("phone", null);
    }
}
