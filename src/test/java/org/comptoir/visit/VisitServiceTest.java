package org.comptoir.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
class VisitServiceTest {

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    @Autowired
    ReferenceListService lists;

    @Test
    void a_typical_visit_is_saved_at_the_counsellors_desk_with_an_audit_entry() {
        var hiking = interest("HIKING");
        var saved = visits.save(germanCouple(Set.of(hiking)));

        assertThat(saved.id()).isPositive();
        assertThat(saved.counsellor()).isEqualTo("counsellor");
        assertThat(saved.deskId()).isEqualTo(visits.defaultDeskId());
        assertThat(saved.persons()).isEqualTo(2);
        assertThat(saved.interestIds()).containsExactly(hiking);
        assertThat(visits.find(saved.id())).contains(saved);
        asDirector(() -> assertThat(visits.audit(saved.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.by()).isEqualTo("counsellor");
            assertThat(entry.changes()).contains("country: DE", "stayLength: TWO_THREE_NIGHTS");
        }));
    }

    @Test
    void bad_input_is_refused_field_by_field() {
        var draft = Interactions.draft()
                .occurredAt(LocalDateTime.now(clock).plusDays(2))
                .adults(0)
                .country("ZZ")
                .departement("63")
                .note("x".repeat(2001))
                .build();

        assertThatThrownBy(() -> visits.save(draft))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("adults", "interaction.party.empty")
                                .containsEntry("note", "interaction.note.too-long")
                                .containsEntry("occurredAt", "interaction.date.future")
                                .containsEntry("country", "interaction.country.unknown")
                                .containsEntry("departement", "interaction.departement.only-france"));
    }

    @Test
    void an_unknown_desk_is_refused_and_a_retired_one_still_takes_interactions() {
        var unknown = Interactions.draft().deskId(999_999_999L).build();
        assertThatThrownBy(() -> visits.save(unknown))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("desk", "interaction.desk.unknown"));

        var desk = TestDesks.create(lists, "RETIRED_", "Fermé", "Closed");
        TestUsers.as("admin", AppRoles.ADMIN, () -> lists.setActive(ListKind.DESK, desk, false));
        assertThat(visits.save(withDesk(desk, 1, 0)).deskId()).isEqualTo(desk);
    }

    @Test
    void a_party_over_999_is_refused_and_a_child_alone_is_a_party() {
        var tooMany = withParty(1000, 0);
        assertThatThrownBy(() -> visits.save(tooMany))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        invalid ->
                                assertThat(invalid.fieldErrors()).containsEntry("adults", "interaction.party.range"));
        assertThat(visits.save(withParty(0, 1)).persons()).isOne();
    }

    @Test
    void a_french_visitor_has_a_departement() {
        var draft = Interactions.draft().country("FR").departement("63").build();
        assertThat(visits.save(draft).departement()).isEqualTo("63");
    }

    @Test
    void a_director_edits_any_interaction_and_the_audit_shows_before_and_after() {
        var saved = visits.save(germanCouple(Set.of()));
        asDirector(() -> {
            var changed = visits.save(Interactions.draft()
                    .id(saved.id())
                    .version(saved.version())
                    .occurredAt(saved.occurredAt())
                    .deskId(saved.deskId())
                    .adults(3)
                    .country("DE")
                    .stayLength(StayLength.FOUR_SEVEN_NIGHTS)
                    .build());
            assertThat(changed.adults()).isEqualTo(3);
            assertThat(changed.updatedBy()).isEqualTo("director");
            assertThat(visits.audit(saved.id())).hasSize(2).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("UPDATE");
                assertThat(entry.by()).isEqualTo("director");
                assertThat(entry.changes())
                        .contains("adults: 2 → 3", "stayLength: TWO_THREE_NIGHTS → FOUR_SEVEN_NIGHTS")
                        .doesNotContain("country");
            });
        });
    }

    // Review finding 9: back-dating.
    @Test
    void a_counsellor_dates_an_interaction_at_most_seven_days_back_and_cannot_move_one_further() {
        var today = visits.officeNow();
        assertThat(visits.save(germanCouple(Set.of()).withOccurredAt(today.minusDays(7)))
                        .occurredAt())
                .isEqualTo(today.minusDays(7));
        assertThatThrownBy(() -> visits.save(germanCouple(Set.of()).withOccurredAt(today.minusDays(8))))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("occurredAt", "interaction.date.too-far-back"));

        var saved = visits.save(germanCouple(Set.of()));
        assertThatThrownBy(() -> visits.save(saved.toDraft().withOccurredAt(today.minusYears(7)), "because"))
                .isInstanceOfSatisfying(
                        InteractionInvalid.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("occurredAt", "interaction.date.too-far-back"));
    }

    @Test
    void a_director_back_dates_after_2000_only_and_with_a_reason_kept_in_the_audit() {
        asDirector(() -> {
            var year226 = LocalDateTime.of(226, 7, 14, 10, 0);
            assertThatThrownBy(() -> visits.save(germanCouple(Set.of()).withOccurredAt(year226), "typo"))
                    .isInstanceOfSatisfying(
                            InteractionInvalid.class,
                            invalid -> assertThat(invalid.fieldErrors())
                                    .containsEntry("occurredAt", "interaction.date.too-old"));
            var in2019 = LocalDateTime.of(2019, 7, 14, 10, 0);
            assertThatThrownBy(() -> visits.save(germanCouple(Set.of()).withOccurredAt(in2019)))
                    .isInstanceOfSatisfying(
                            InteractionInvalid.class,
                            invalid -> assertThat(invalid.fieldErrors())
                                    .containsEntry("occurredAt", "interaction.date.reason-required"));

            var saved = visits.save(germanCouple(Set.of()).withOccurredAt(in2019), "paper forms of July 2019");

            assertThat(saved.occurredAt()).isEqualTo(in2019);
            assertThat(visits.audit(saved.id()))
                    .singleElement()
                    .extracting(AuditEntry::changes)
                    .asString()
                    .contains("date reason: paper forms of July 2019");
            assertThat(visits.save(saved.toDraft()).version())
                    .as("an edit keeping the date needs no reason")
                    .isGreaterThan(saved.version());
        });
    }

    @Test
    void a_counsellor_cannot_change_someone_elses_interaction() {
        var saved = visits.save(germanCouple(Set.of()));
        as("colleague", AppRoles.COUNSELLOR, () -> {
            assertThatThrownBy(() -> visits.save(saved.toDraft())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.delete(saved.id(), saved.version()))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void an_edit_of_a_stale_version_is_refused_and_says_who_changed_it() {
        var saved = visits.save(germanCouple(Set.of()));
        asDirector(() -> visits.save(saved.toDraft()));
        assertThatThrownBy(() -> visits.save(saved.toDraft()))
                .isInstanceOfSatisfying(
                        EditConflict.class,
                        conflict -> assertThat(conflict.changedBy()).isEqualTo("director"));
    }

    @Test
    void a_deleted_interaction_leaves_the_lists_but_stays_in_the_audit() {
        var saved = visits.save(germanCouple(Set.of()));
        var before = visits.todayCounters(saved.deskId());
        visits.delete(saved.id(), saved.version());

        assertThat(visits.find(saved.id())).isEmpty();
        assertThat(visits.todayCounters(saved.deskId()).interactions()).isEqualTo(before.interactions() - 1);
        assertThat(visits.today(saved.deskId(), PageRequest.of(0, 500)).getContent())
                .extracting(InteractionDetails::id)
                .doesNotContain(saved.id());
        asDirector(() -> assertThat(visits.audit(saved.id()))
                .extracting(AuditEntry::action)
                .containsExactly("CREATE", "DELETE"));
    }

    @Test
    void todays_list_is_newest_first_with_counters_of_interactions_visitors_and_quick_counts() {
        var desk = TestDesks.create(lists, "TEST_", "Test", "Test");
        var first = visits.save(withDesk(desk, 2, 1));
        var quick = visits.quickCount(desk, Channel.PHONE, question("TRANSPORT"));

        var today = visits.today(desk, PageRequest.of(0, 50)).getContent();
        assertThat(today).extracting(InteractionDetails::id).containsExactly(quick.id(), first.id());
        assertThat(visits.todayCounters(desk)).isEqualTo(new DayCounters(2, 4, 1));
        assertThat(quick.quick()).isTrue();
        assertThat(quick.channel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void same_as_last_gives_the_previous_profile_without_note_or_outcomes() {
        var hiking = interest("HIKING");
        visits.save(germanCouple(Set.of(hiking)));
        var profile = visits.lastProfile().orElseThrow();
        assertThat(profile.id()).isNull();
        assertThat(profile.profile().country()).isEqualTo("DE");
        assertThat(profile.profile().adults()).isEqualTo(2);
        assertThat(profile.profile().interestIds()).containsExactly(hiking);
        assertThat(profile.note()).isNull();
    }

    @Test
    void the_most_frequent_foreign_countries_of_the_desk_come_first() {
        var desk = TestDesks.create(lists, "TEST_", "Test", "Test");
        for (var country : new String[] {"NL", "BE", "NL", "FR", "GB", "NL", "BE"}) {
            visits.save(Interactions.draft().deskId(desk).country(country).build());
        }
        assertThat(visits.mostFrequentCountries(desk)).containsExactly("NL", "BE", "GB");
    }

    @Test
    void a_counsellor_cannot_read_the_history() {
        var filter = HistoryFilter.month(LocalDate.now(clock));
        assertThatThrownBy(() -> visits.history(filter, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.audit(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_history_filters_by_period_and_country() {
        var saved = visits.save(germanCouple(Set.of()));
        asDirector(() -> {
            var month = HistoryFilter.month(saved.occurredAt().toLocalDate());
            var germans = new HistoryFilter(month.from(), month.to(), null, null, "DE", null, null);
            assertThat(visits.history(germans, PageRequest.of(0, 1000)).getContent())
                    .extracting(InteractionDetails::id)
                    .contains(saved.id())
                    .allSatisfy(id -> assertThat(id).isNotNull());
            assertThat(visits.history(germans, PageRequest.of(0, 1000)).getContent())
                    .allMatch(i -> "DE".equals(i.country()));
            var nextMonth = HistoryFilter.month(saved.occurredAt().toLocalDate().plusMonths(1));
            assertThat(visits.historyCount(nextMonth)).isZero();
        });
    }

    private InteractionDraft germanCouple(Set<Long> interests) {
        return Interactions.draft()
                .adults(2)
                .partyType(PartyType.COUPLE)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .language(ConversationLanguage.DE)
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .interestIds(interests)
                .build();
    }

    private static InteractionDraft withParty(int adults, int children) {
        return withDesk(null, adults, children);
    }

    private static InteractionDraft withDesk(Long desk, int adults, int children) {
        return Interactions.draft()
                .deskId(desk)
                .adults(adults)
                .children(children)
                .build();
    }

    private long interest(String code) {
        return lists.items(ListKind.INTEREST, false).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long question(String code) {
        return lists.items(ListKind.QUESTION, false).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void asDirector(Runnable action) {
        as("director", AppRoles.DIRECTOR, action);
    }

    private static void as(String user, String role, Runnable action) {
        TestUsers.as(user, role, action);
    }
}
