package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Review finding 14: notes are personal data with a retention, and the audit never copies their text. */
@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class NoteRetentionTest {

    @Autowired
    VisitService visits;

    @Autowired
    NoteRetention retention;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void notes_older_than_thirteen_months_are_blanked_and_their_old_audit_copies_keep_only_that_a_note_changed() {
        var old = save(visits.officeNow().minusMonths(14), "Mme Martin rappellera au 06 12 34 56 78");
        var recent = save(visits.officeNow().minusMonths(12), "Famille Peeters, Gand");
        // an audit entry as written before the audit stopped copying notes: a note on two lines, then picks
        jdbc.update(
                """
                insert into interaction_audit (interaction_id, at, by_user, action, changes)
                values (:id, '2025-01-01 10:00:00', 'counsellor', 'UPDATE', :changes)""",
                Map.of(
                        "id",
                        old.id(),
                        "changes",
                        "adults: 1 → 2\nnote: Mme Martin → Mme Martin\nrappellera au 06 12 34 56 78\npicks: 1 → 1,2"));

        assertThat(retention.apply()).isGreaterThanOrEqualTo(1);

        assertThat(note(old.id())).isNull();
        assertThat(note(recent.id())).isEqualTo("Famille Peeters, Gand");
        assertThat(jdbc.queryForList(
                        "select changes from interaction_audit where interaction_id = :id",
                        Map.of("id", old.id()),
                        String.class))
                .allSatisfy(changes ->
                        assertThat(changes).doesNotContain("Martin", "06 12").contains("note: changed"))
                .anySatisfy(changes -> assertThat(changes).isEqualTo("adults: 1 → 2\nnote: changed\npicks: 1 → 1,2"));
    }

    @Test
    void the_audit_says_a_note_was_written_or_changed_never_what_it_says() {
        var saved = save(visits.officeNow(), "Appeler M. Dupont demain");
        TestUsers.asHistoryWriter("director", () -> visits.save(saved.toDraft().withNote("Rappeler M. Dupont")));

        var audit = TestUsers.asHistoryWriter("director", () -> visits.audit(saved.id()));

        assertThat(audit)
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.changes())
                        .contains(VisitService.NOTE_CHANGED)
                        .doesNotContain("Dupont"));
    }

    private InteractionDetails save(LocalDateTime at, String note) {
        return TestUsers.asHistoryWriter(
                "counsellor",
                () -> visits.save(
                        Interactions.draft()
                                .occurredAt(at)
                                .channel(Channel.DESK)
                                .adults(1)
                                .note(note)
                                .build(),
                        TestUsers.HISTORY_REASON));
    }

    private String note(long id) {
        return jdbc.queryForObject("select note from interaction where id = :id", Map.of("id", id), String.class);
    }
}
