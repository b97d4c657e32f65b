package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    FollowUpRepository rows;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    @Test
    void a_follow_up_is_due_the_next_working_day_owned_by_the_counsellor_and_its_creation_is_in_its_history() {
        var created = followUps.create(
                call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, "wants the bus times"));

        assertThat(created.owner()).isEqualTo("counsellor");
        assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(created.dueDate()).isEqualTo(WorkingDays.next(today()));
        assertThat(created.dueDate().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(followUps.history(created.id()))
                .singleElement()
                .satisfies(step -> assertThat(step.action()).isEqualTo(FollowUpAction.CREATED));
    }

    @Test
    void the_next_working_day_after_a_friday_is_the_monday() {
        assertThat(WorkingDays.next(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.next(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_follow_up_is_done_cancelled_and_reopened_and_each_step_is_written_down() {
        var created = followUps.create(call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));

        var done = followUps.done(created.id(), created.version());
        var reopened = followUps.reopen(done.id(), done.version());
        var cancelled = followUps.cancel(reopened.id(), reopened.version());

        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(reopened.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(followUps.history(created.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(
                        FollowUpAction.CREATED, FollowUpAction.DONE, FollowUpAction.REOPENED, FollowUpAction.CANCELLED);
        assertThatThrownBy(() -> followUps.done(cancelled.id(), cancelled.version()))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.not-open"));
    }

    @Test
    void a_change_on_a_stale_version_is_refused() {
        var created = followUps.create(call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));
        followUps.changeDueDate(created.id(), created.version(), today().plusDays(5));

        assertThatThrownBy(() -> followUps.done(created.id(), created.version()))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.conflict"));
    }

    @Test
    void a_due_date_in_the_past_is_refused_and_a_change_is_in_the_history() {
        var created = followUps.create(call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));

        assertThatThrownBy(() -> followUps.changeDueDate(created.id(), created.version(), today().minusDays(1)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.due.past"));
        var moved = followUps.changeDueDate(created.id(), created.version(), today().plusDays(7));
        assertThat(moved.dueDate()).isEqualTo(today().plusDays(7));
        assertThat(followUps.history(created.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(FollowUpAction.CREATED, FollowUpAction.DUE_DATE_CHANGED);
    }

    @Test
    void the_open_list_puts_the_overdue_first_and_the_menu_count_says_how_many_are_overdue() {
        var before = followUps.myOpenCount();
        var later = followUps.create(
                call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, today().plusDays(3), null, null));
        // a follow-up from last week, still open (the service refuses past due dates, so written directly)
        var overdue = rows.save(new FollowUp(
                call().id(),
                null,
                FollowUpKind.SEND_DOCUMENTATION,
                today().minusDays(7),
                "counsellor",
                null,
                clock.instant(),
                "counsellor"));

        var open = followUps.open(null, PageRequest.of(0, 500)).getContent();

        assertThat(open).extracting(FollowUpDetails::id).containsSubsequence(overdue.getId(), later.id());
        assertThat(open)
                .filteredOn(f -> f.id() == overdue.getId())
                .singleElement()
                .satisfies(f -> assertThat(f.overdue()).isTrue());
        assertThat(open)
                .filteredOn(f -> f.id() == later.id())
                .singleElement()
                .satisfies(f -> assertThat(f.overdue()).isFalse());
        var count = followUps.myOpenCount();
        assertThat(count.open()).isEqualTo(before.open() + 2);
        assertThat(count.overdue()).isEqualTo(before.overdue() + 1);
    }

    @Test
    void a_counsellor_sees_their_own_follow_ups_and_those_of_their_interactions_but_not_anyone_elses() {
        var mine = followUps.create(call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));
        var directorsCall = TestUsers.as("director", AppRoles.DIRECTOR, this::call);
        var others = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> followUps.create(
                        directorsCall.id(),
                        null,
                        new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, "director's own")));
        var handedToMe = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> followUps.create(
                        directorsCall.id(),
                        null,
                        new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, "counsellor", null)));
        var myCall = call();
        var onMyCall = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> followUps.create(
                        myCall.id(), null, new FollowUpDraft(FollowUpKind.ANSWER_EMAIL, null, "director", null)));

        var visible = followUps.open(null, PageRequest.of(0, 1000)).getContent().stream()
                .map(FollowUpDetails::id)
                .toList();

        assertThat(visible).contains(mine.id(), handedToMe.id()).doesNotContain(others.id());
        assertThat(followUps.find(onMyCall.id())).isPresent();
        assertThatThrownBy(() -> followUps.find(others.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.history(others.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.done(others.id(), others.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.sendSheet(others.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as(
                        "director",
                        AppRoles.DIRECTOR,
                        () -> followUps
                                .open("director", PageRequest.of(0, 1000))
                                .getContent()))
                .extracting(FollowUpDetails::id)
                .contains(others.id(), onMyCall.id())
                .doesNotContain(mine.id());
        assertThat(TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> followUps.open(null, PageRequest.of(0, 1000)).getContent()))
                .extracting(FollowUpDetails::id)
                .contains(mine.id(), others.id(), handedToMe.id(), onMyCall.id());
    }

    @Test
    void a_counsellor_sees_the_contact_of_a_follow_up_handed_to_them_but_not_others() {
        var directorsCall = TestUsers.as("director", AppRoles.DIRECTOR, this::call);
        var contact = TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> contacts.save(
                        directorsCall.id(), new ContactDraft("Anna", "anna@example.de", null, null, true, false)));
        assertThatThrownBy(() -> contacts.view(contact.id())).isInstanceOf(AccessDeniedException.class);

        TestUsers.as(
                "director",
                AppRoles.DIRECTOR,
                () -> followUps.create(
                        directorsCall.id(),
                        contact.id(),
                        new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, "counsellor", null)));

        assertThat(contacts.view(contact.id()).name()).isEqualTo("Anna");
    }

    @Test
    void only_directors_and_admins_hand_a_follow_up_to_someone_else() {
        var created = followUps.create(call().id(), null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));

        assertThatThrownBy(() -> followUps.reassign(created.id(), created.version(), "director"))
                .isInstanceOf(AccessDeniedException.class);
        var handed = TestUsers.as(
                "director", AppRoles.DIRECTOR, () -> followUps.reassign(created.id(), created.version(), "admin"));
        assertThat(handed.owner()).isEqualTo("admin");
        assertThatThrownBy(() -> TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> followUps.reassign(handed.id(), handed.version(), "nobody-at-all")))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("followup.owner.unknown"));
        assertThat(TestUsers.as("admin", AppRoles.ADMIN, () -> followUps.history(created.id())))
                .extracting(FollowUpHistoryEntry::action, FollowUpHistoryEntry::detail)
                .contains(Tuple.tuple(FollowUpAction.REASSIGNED, "counsellor → admin"));
    }

    @Test
    @WithAnonymousUser
    void no_one_signed_out_reads_or_changes_follow_ups() {
        assertThatThrownBy(() -> followUps.open(null, PageRequest.of(0, 10)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.find(1))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.sendSheet(1))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.myOpenCount())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.sendAnswer(1, "s", "t"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.create(1, null, new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> followUps.reassign(1, 0, "admin"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private InteractionDetails call() {
        return Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
