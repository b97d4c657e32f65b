package org.comptoir.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.MutableClock;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintChannel;
import org.comptoir.complaint.ComplaintDetails;
import org.comptoir.complaint.ComplaintDraft;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed complaint loses what may name the visitor the reply period after its closing (13 months by default), and
 * keeps what the figures need; an open one keeps everything. The retention runs on a clock the test moves; each
 * test is rolled back.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ComplaintRetentionTest {

    @Autowired
    ComplaintService complaints;

    @Autowired
    PersonalDataStore store;

    @Autowired
    RetentionSettings settings;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void emptyMailbox() {
        TestMailServer.clear();
    }

    private RetentionPolicy retentionAt(Period afterNow) {
        var moved = new MutableClock(ZonedDateTime.now(clock).plus(afterNow).toInstant(), clock.getZone());
        return new RetentionPolicy(store, settings, moved);
    }

    private ComplaintDetails answeredByMailAndClosed() {
        var saved = complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.WELCOME, "Mme Durand a été mal reçue.")
                        .withContact(true, "Claire Durand", "claire.durand@example.fr", "06 12 34 56 78"));
        var answered = complaints.answer(
                saved.id(), saved.version(), "Chère Madame Durand, nos excuses.", ComplaintChannel.EMAIL);
        assertThat(answered.mail()).isNotNull();
        return complaints.close(saved.id(), answered.complaint().version());
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from complaint where id = :id", Map.of("id", id));
    }

    @Test
    void a_closed_complaint_keeps_its_personal_data_within_the_reply_period() {
        var closed = answeredByMailAndClosed();

        retentionAt(Period.ofMonths(12)).apply();

        assertThat(row(closed.id()).get("contact_email")).isEqualTo("claire.durand@example.fr");
        assertThat(row(closed.id()).get("personal_erased_at")).isNull();
    }

    @Test
    void after_the_reply_period_a_closed_complaint_loses_contact_description_answer_and_mail_recipient() {
        var closed = answeredByMailAndClosed();
        var open = complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.INFORMATION, "M. Petit attend toujours.")
                        .withContact(true, "Jean Petit", null, "04 73 00 00 00"));

        var outcome = retentionAt(Period.ofMonths(13).plusDays(2)).apply();

        assertThat(outcome.complaints()).isGreaterThanOrEqualTo(1);
        var erased = row(closed.id());
        assertThat(erased.get("contact_name")).isNull();
        assertThat(erased.get("contact_email")).isNull();
        assertThat(erased.get("contact_phone")).isNull();
        assertThat(erased.get("description")).isNull();
        assertThat(erased.get("answer")).isNull();
        assertThat(erased.get("personal_erased_at")).isNotNull();
        assertThat(erased.get("updated_by")).isEqualTo(RetentionPolicy.SYSTEM);
        // what the figures need stays
        assertThat(erased.get("status")).isEqualTo("CLOSED");
        assertThat(erased.get("category")).isEqualTo("WELCOME");
        assertThat(erased.get("received_on")).isNotNull();
        assertThat(erased.get("answered_on")).isNotNull();
        assertThat(erased.get("due_date")).isNotNull();
        assertThat(jdbc.queryForList(
                        "select recipient from mail_log where complaint_id = :id",
                        Map.of("id", closed.id()),
                        String.class))
                .isNotEmpty()
                .containsOnlyNulls();
        // an open complaint keeps all it needs to be answered
        assertThat(row(open.id()).get("contact_phone")).isEqualTo("04 73 00 00 00");
        assertThat(row(open.id()).get("description")).isEqualTo("M. Petit attend toujours.");
    }

    @Test
    void the_reason_of_a_closing_without_answer_goes_too_and_a_second_run_finds_nothing_more() {
        var anonymous = complaints.record(
                ComplaintDraft.of(ComplaintKind.SUGGESTION, ComplaintCategory.PREMISES, "Un banc dehors."));
        complaints.closeUnanswered(anonymous.id(), anonymous.version(), "suggestion de M. Blanc, sans adresse");
        var retention = retentionAt(Period.ofMonths(14));

        retention.apply();

        assertThat(jdbc.queryForList(
                        "select detail from complaint_event where complaint_id = :id and action = 'CLOSED_UNANSWERED'",
                        Map.of("id", anonymous.id()),
                        String.class))
                .containsExactly((String) null);
        assertThat(retention.apply().complaints()).isZero();
    }
}
