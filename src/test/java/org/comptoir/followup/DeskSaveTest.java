package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A desk save with the visitor's contact and a follow-up commits all three or none. Not in a test
 * transaction: the service's own transaction is what is checked.
 */
@ComptoirTest
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class DeskSaveTest {

    @Autowired
    VisitService visits;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void a_desk_save_that_fails_at_the_follow_up_leaves_no_interaction_behind() {
        var marker = "desk save " + System.nanoTime();
        var email = System.nanoTime() + "@example.de";
        var parts = List.of(
                new ContactDraft("Anna", email, null, null, true, false),
                new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, "x".repeat(FollowUpDraft.MAX_NOTE + 1)));

        assertThatThrownBy(() -> visits.save(draft(marker), parts))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.note.too-long"));

        assertThat(count("select count(*) from interaction where note = :value", marker))
                .isZero();
        assertThat(count("select count(*) from contact where email = :value", email))
                .isZero();
    }

    @Test
    void a_desk_save_keeps_the_interaction_its_contact_and_its_follow_up_tied_together() {
        var marker = "desk save " + System.nanoTime();
        var email = System.nanoTime() + "@example.de";

        var saved = visits.save(
                draft(marker),
                List.of(
                        new ContactDraft("Anna", email, null, null, true, false),
                        new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, marker)));

        var followUp = followUps.open(null, PageRequest.of(0, 1000)).stream()
                .filter(f -> marker.equals(f.note()))
                .findFirst()
                .orElseThrow();
        assertThat(followUp.interactionId()).isEqualTo(saved.id());
        assertThat(followUp.contactId()).isNotNull();
        var contact = contacts.view(followUp.contactId());
        assertThat(contact.interactionId()).isEqualTo(saved.id());
        assertThat(contact.email()).isEqualTo(email);
    }

    @Test
    void a_follow_up_without_contact_details_is_saved_with_its_interaction_and_no_contact() {
        var marker = "desk save " + System.nanoTime();

        var saved = visits.save(draft(marker), List.of(new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, marker)));

        var followUp = followUps.open(null, PageRequest.of(0, 1000)).stream()
                .filter(f -> marker.equals(f.note()))
                .findFirst()
                .orElseThrow();
        assertThat(followUp.interactionId()).isEqualTo(saved.id());
        assertThat(followUp.contactId()).isNull();
        assertThat(count("select count(*) from contact where interaction_id = :value", saved.id()))
                .isZero();
    }

    private static InteractionDraft draft(String note) {
        return Interactions.draft().country("DE").note(note).build();
    }

    private long count(String sql, Object value) {
        var count = jdbc.queryForObject(sql, Map.of("value", value), Long.class);
        return count == null ? -1 : count;
    }
}
