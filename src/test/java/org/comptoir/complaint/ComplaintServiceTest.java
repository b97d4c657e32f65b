package org.comptoir.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestClock;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.Consent;
import org.comptoir.followup.MailKind;
import org.comptoir.followup.MailLogEntry;
import org.comptoir.security.AppRoles;
import org.comptoir.security.UserService;
import org.comptoir.testmail.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints register: due dates in working days, the status rules, consent, who may do what, conflicts and the
 * answer e-mailed through the mail log. On a clock set to 1 February 2027; each test rolled back.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
@ExtendWith(OutputCaptureExtension.class)
class ComplaintServiceTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Autowired
    ComplaintService complaints;

    @Autowired
    UserService users;

    @Autowired
    AttractionService attractions;

    @Autowired
    TestClock clock;

    @BeforeEach
    void onTheFirstOfFebruary2027() {
        clock.setOfficeTime(TODAY.atTime(11, 0));
        TestMailServer.clear();
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    static ComplaintDraft welcome(String text) {
        return ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.WELCOME, text);
    }

    static ComplaintDraft withEmail(String email) {
        return welcome("Personne pour nous répondre à 17 h 50.").withContact(true, "Marie Dupont", email, null);
    }

    @Test
    void a_complaint_received_today_is_due_fifteen_working_days_later_and_recorded_in_its_history() {
        var saved = complaints.record(welcome("Attente trop longue au comptoir."));

        assertThat(saved.receivedOn()).isEqualTo(TODAY);
        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(saved.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(saved.subject()).isEqualTo(ComplaintSubject.OFFICE);
        assertThat(saved.owner()).as("a director recording owns it").isEqualTo("director");
        assertThat(saved.overdue()).isFalse();
        assertThat(complaints.history(saved.id())).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(ComplaintAction.RECORDED);
            assertThat(step.byUser()).isEqualTo("director");
            assertThat(step.detail()).isEqualTo("director, 2027-02-22");
        });
    }

    @Test
    void the_due_date_skips_easter_monday_labour_day_and_victory_day() {
        var saved = complaints.record(welcome("Brochures manquantes.").receivedOn(LocalDate.of(2025, 4, 17)));

        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(saved.overdue()).as("never answered, long past its due date").isTrue();
    }

    @Test
    void the_due_date_skips_christmas_and_new_year() {
        var saved = complaints.record(welcome("Fermé le 24 à midi.").receivedOn(LocalDate.of(2026, 12, 18)));

        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void a_complaint_received_in_the_future_or_without_a_description_is_refused() {
        assertThatThrownBy(() -> complaints.record(welcome("Demain.").receivedOn(TODAY.plusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.received.future");
        assertThatThrownBy(() -> complaints.record(welcome("   ")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.description.required");
        assertThatThrownBy(() -> complaints.record(welcome("x".repeat(4001))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.description.too-long");
    }

    @Test
    void the_category_must_belong_to_the_subject_and_a_partner_only_goes_with_a_partner_subject() {
        var wrong = new ComplaintDraft(
                ComplaintKind.COMPLAINT,
                null,
                ComplaintChannel.PHONE,
                ComplaintSubject.OFFICE,
                ComplaintCategory.RESTAURANT,
                null,
                null,
                null,
                "Menu introuvable.",
                false,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> complaints.record(wrong))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.category.wrong-subject");
        assertThatThrownBy(() -> complaints.record(welcome("Hôtel bruyant.").aboutPartner(null, "Hôtel du Parc")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.partner.office");

        var attraction = attractions.active().getFirst();
        var aboutPartner = complaints.record(
                ComplaintDraft.of(ComplaintKind.COMPLAINT, ComplaintCategory.ATTRACTION, "Fermé sans prévenir.")
                        .aboutPartner(attraction.id(), null)
                        .withChannel(ComplaintChannel.REVIEW_SITE));
        assertThat(aboutPartner.subject()).isEqualTo(ComplaintSubject.PARTNER);
        assertThat(aboutPartner.attractionId()).isEqualTo(attraction.id());
        assertThat(aboutPartner.channel()).isEqualTo(ComplaintChannel.REVIEW_SITE);
    }

    @Test
    void contact_details_are_kept_only_with_consent_and_checked_like_the_desks() {
        assertThatThrownBy(() -> complaints.record(
                        welcome("Rappelez-moi.").withContact(false, "Marie", "marie@example.fr", null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.contact.consent-required");
        assertThatThrownBy(() -> complaints.record(welcome("Rappelez-moi.").withContact(true, "Marie", "marie@", null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("contact.email.invalid");
        assertThatThrownBy(() -> complaints.record(welcome("Rappelez-moi.").withContact(true, "Marie", null, "12")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("contact.phone.invalid");
        assertThatThrownBy(() -> complaints.record(welcome("Rappelez-moi.").withContact(true, "Marie", null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("contact.reach.required");

        var saved = complaints.record(withEmail("marie.dupont@example.fr"));
        assertThat(saved.contactEmail()).isEqualTo("marie.dupont@example.fr");
        assertThat(saved.consentWordingVersion()).isEqualTo(Consent.WORDING_VERSION);
        assertThat(saved.consentedAt()).isNotNull();
        var anonymous = complaints.record(welcome("Sans coordonnées.").withContact(true, null, null, null));
        assertThat(anonymous.hasContact()).isFalse();
        assertThat(anonymous.consentedAt())
                .as("nothing given, nothing consented")
                .isNull();
    }

    @Test
    void received_acknowledged_answered_closed_and_the_refusals_on_the_way() {
        var saved = complaints.record(welcome("Accueil froid.").withChannel(ComplaintChannel.LETTER));
        assertThatThrownBy(() -> complaints.close(saved.id(), saved.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.close.not-answered");

        var acknowledged = complaints.acknowledge(saved.id(), saved.version());
        assertThat(acknowledged.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> complaints.acknowledge(saved.id(), acknowledged.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.acknowledge.not-received");
        assertThatThrownBy(() ->
                        complaints.answer(acknowledged.id(), acknowledged.version(), " ", ComplaintChannel.LETTER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.answer.required");
        assertThatThrownBy(() -> complaints.answer(
                        acknowledged.id(), acknowledged.version(), "Nos excuses.", ComplaintChannel.EMAIL))
                .as("no e-mail address was given")
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.answer.no-email");

        var answered =
                complaints.answer(acknowledged.id(), acknowledged.version(), "Nos excuses.", ComplaintChannel.LETTER);
        assertThat(answered.mail()).as("not by e-mail").isNull();
        assertThat(answered.complaint().status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.complaint().answeredOn()).isEqualTo(TODAY);
        assertThat(answered.complaint().answer()).isEqualTo("Nos excuses.");
        var after = answered.complaint();
        assertThatThrownBy(() -> complaints.answer(after.id(), after.version(), "Encore.", ComplaintChannel.LETTER))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.answer.not-awaiting");
        assertThatThrownBy(() -> complaints.changeDueDate(after.id(), after.version(), TODAY.plusDays(3)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.due.not-awaiting");

        var closed = complaints.close(after.id(), after.version());
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> complaints.close(closed.id(), closed.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.close.closed");
        assertThatThrownBy(() -> complaints.reassign(closed.id(), closed.version(), "admin"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.closed");
        assertThat(complaints.history(saved.id()))
                .extracting(ComplaintHistoryEntry::action)
                .containsExactly(
                        ComplaintAction.RECORDED,
                        ComplaintAction.ACKNOWLEDGED,
                        ComplaintAction.ANSWERED,
                        ComplaintAction.CLOSED);
    }

    @Test
    void a_complaint_nobody_can_answer_is_closed_unanswered_with_a_reason_one_with_contact_is_not() {
        var anonymous = complaints.record(welcome("Avis anonyme : toilettes sales."));
        assertThatThrownBy(() -> complaints.closeUnanswered(anonymous.id(), anonymous.version(), " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.close.reason.required");

        var closed =
                complaints.closeUnanswered(anonymous.id(), anonymous.version(), "avis anonyme, transmis à l’équipe");

        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.answeredOn()).isNull();
        assertThat(complaints.history(closed.id()).getLast()).satisfies(step -> {
            assertThat(step.action()).isEqualTo(ComplaintAction.CLOSED_UNANSWERED);
            assertThat(step.detail()).isEqualTo("avis anonyme, transmis à l’équipe");
        });
        var withContact = complaints.record(withEmail("paul@example.fr"));
        assertThatThrownBy(() -> complaints.closeUnanswered(withContact.id(), withContact.version(), "pas le temps"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.close.has-contact");
    }

    @Test
    void the_due_date_moves_forward_only_and_the_owner_changes_to_someone_who_can_sign_in() {
        var saved = complaints.record(welcome("Plan de la ville épuisé."));
        assertThatThrownBy(() -> complaints.changeDueDate(saved.id(), saved.version(), TODAY.minusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.due.past");
        var moved = complaints.changeDueDate(saved.id(), saved.version(), LocalDate.of(2027, 3, 15));
        assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThatThrownBy(() -> complaints.reassign(moved.id(), moved.version(), "nobody-here"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.owner.unknown");

        var reassigned = complaints.reassign(moved.id(), moved.version(), "counsellor");

        assertThat(reassigned.owner()).isEqualTo("counsellor");
        assertThat(complaints.history(saved.id()))
                .extracting(ComplaintHistoryEntry::action, ComplaintHistoryEntry::detail)
                .contains(
                        tuple(ComplaintAction.DUE_DATE_CHANGED, "2027-02-22 → 2027-03-15"),
                        tuple(ComplaintAction.REASSIGNED, "director → counsellor"));
    }

    @Test
    void a_change_made_on_an_old_version_is_refused_with_a_clear_message() {
        var saved = complaints.record(welcome("Wifi en panne."));
        complaints.acknowledge(saved.id(), saved.version());

        assertThatThrownBy(() -> complaints.changeDueDate(saved.id(), saved.version(), TODAY.plusDays(30)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.conflict");
    }

    @Test
    void a_counsellor_records_for_a_director_sees_it_read_only_and_cannot_manage_it() {
        var recorded = TestUsers.as(
                "counsellor", AppRoles.COUNSELLOR, () -> complaints.record(welcome("File d’attente au soleil.")));
        var firstDirector = users.firstActiveWithRole(AppRoles.DIRECTOR).orElseThrow();

        assertThat(recorded.owner()).isEqualTo(firstDirector);
        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> {
            assertThat(complaints.find(recorded.id())).isPresent();
            assertThat(complaints.mayManage(recorded)).isFalse();
            assertThat(complaints.list(Set.of(), PageRequest.of(0, 500)).getContent())
                    .extracting(ComplaintDetails::id)
                    .contains(recorded.id());
            assertThatThrownBy(() -> complaints.acknowledge(recorded.id(), recorded.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> complaints.reassign(recorded.id(), recorded.version(), "counsellor"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> complaints.record(welcome("Pour Chloé.").ownedBy("chloe")))
                    .as("only directors and admins choose the owner")
                    .isInstanceOf(AccessDeniedException.class);
        });
        TestUsers.as("someone-else", AppRoles.COUNSELLOR, () -> {
            assertThatThrownBy(() -> complaints.find(recorded.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(complaints.list(Set.of(), PageRequest.of(0, 500)).getContent())
                    .extracting(ComplaintDetails::id)
                    .doesNotContain(recorded.id());
        });
    }

    @Test
    void an_owner_who_is_not_a_director_acts_on_the_complaints_they_own() {
        var saved = complaints.record(welcome("Pas de plan en allemand.").ownedBy("counsellor"));

        var acknowledged = TestUsers.as(
                "counsellor", AppRoles.COUNSELLOR, () -> complaints.acknowledge(saved.id(), saved.version()));

        assertThat(acknowledged.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(TestUsers.as(
                        "counsellor",
                        AppRoles.COUNSELLOR,
                        () -> complaints.myCount().awaiting()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_list_shows_overdue_complaints_first_then_by_due_date_and_filters_by_status() {
        var recent = complaints.record(welcome("Récente."));
        var late = complaints.record(welcome("Ancienne.").receivedOn(LocalDate.of(2026, 11, 2)));
        var answered = complaints.record(welcome("Répondue.").receivedOn(LocalDate.of(2026, 10, 1)));
        complaints.answer(answered.id(), answered.version(), "Merci.", ComplaintChannel.PHONE);

        var awaiting = complaints
                .list(Set.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED), PageRequest.of(0, 1000))
                .getContent();
        var ids = awaiting.stream().map(ComplaintDetails::id).toList();

        assertThat(ids).contains(recent.id(), late.id()).doesNotContain(answered.id());
        assertThat(ids.indexOf(late.id())).isLessThan(ids.indexOf(recent.id()));
        var firstNotOverdue =
                awaiting.stream().filter(c -> !c.overdue()).findFirst().orElseThrow();
        assertThat(awaiting.subList(awaiting.indexOf(firstNotOverdue), awaiting.size()))
                .as("overdue ones all come first")
                .noneMatch(ComplaintDetails::overdue);
        assertThat(complaints
                        .list(List.of(ComplaintStatus.ANSWERED), PageRequest.of(0, 1000))
                        .getContent())
                .extracting(ComplaintDetails::id)
                .contains(answered.id());
        var count = complaints.myCount();
        assertThat(count.overdue()).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(count.awaiting());
        // the badge's one query counts what the list shows
        assertThat(count.awaiting()).as("awaiting their answer").isEqualTo(awaiting.size());
        assertThat(count.overdue())
                .as("past their due date")
                .isEqualTo(awaiting.stream().filter(ComplaintDetails::overdue).count());
    }

    @Test
    void an_answer_by_e_mail_goes_to_the_consented_address_through_the_mail_log() throws Exception {
        var saved = complaints.record(withEmail("marie.dupont@example.fr"));

        var answered = complaints.answer(
                saved.id(), saved.version(), "Bonjour, nous avons revu nos horaires.", ComplaintChannel.EMAIL);

        assertThat(answered.mail()).isNotNull();
        assertThat(answered.mail().sent()).isTrue();
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var message = TestMailServer.received().getFirst();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("marie.dupont@example.fr");
        assertThat(message.getSubject()).startsWith("Votre message du 01/02/2027");
        assertThat(message.getContent().toString()).contains("nous avons revu nos horaires");
        assertThat(complaints.mails(saved.id())).singleElement().satisfies(mail -> {
            assertThat(mail.sent()).isTrue();
            assertThat(mail.kind()).isEqualTo(MailKind.COMPLAINT_ANSWER);
        });
        assertThat(complaints.history(saved.id()))
                .extracting(ComplaintHistoryEntry::action)
                .containsExactly(ComplaintAction.RECORDED, ComplaintAction.ANSWERED, ComplaintAction.MAIL_SENT);
    }

    @Test
    void when_the_mail_server_does_not_answer_the_failure_is_written_down_and_a_retry_sends_it(CapturedOutput log)
            throws Exception {
        var saved = complaints.record(withEmail("jean.martin@example.fr"));
        TestMailServer.stop();
        ComplaintAnswered answered;
        try {
            answered = complaints.answer(saved.id(), saved.version(), "Nos excuses.", ComplaintChannel.EMAIL);
        } finally {
            TestMailServer.resume();
        }

        assertThat(answered.mail()).isNotNull();
        assertThat(answered.mail().sent()).isFalse();
        assertThat(answered.complaint().status())
                .as("the answer is given; only its mail is to send again")
                .isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(complaints.mails(saved.id())).extracting(MailLogEntry::sent).containsExactly(false);
        assertThat(log.getOut()).contains("complaint " + saved.id()).doesNotContain("jean.martin@example.fr");

        var retried = complaints.resendAnswer(saved.id());

        assertThat(retried.sent()).isTrue();
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(complaints.mails(saved.id())).extracting(MailLogEntry::sent).containsExactly(false, true);
        assertThat(complaints.history(saved.id()))
                .extracting(ComplaintHistoryEntry::action)
                .endsWith(ComplaintAction.MAIL_FAILED, ComplaintAction.MAIL_SENT);
        assertThat(complaints.resendAnswer(saved.id()).sent())
                .as("a second click within a minute sends nothing more")
                .isTrue();
        assertThat(complaints.mails(saved.id())).hasSize(2);
    }

    @Test
    void an_answer_given_another_way_cannot_be_resent_by_e_mail() {
        var saved = complaints.record(withEmail("anne@example.fr"));
        complaints.answer(saved.id(), saved.version(), "Appelée ce matin.", ComplaintChannel.PHONE);

        assertThatThrownBy(() -> complaints.resendAnswer(saved.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("complaint.resend.not-emailed");
    }

    @Test
    void setting_the_clock_moves_today_for_the_register() {
        clock.setOfficeTime(LocalDateTime.of(2027, 3, 1, 9, 0));

        assertThat(complaints.record(welcome("Un lundi.")).receivedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
