package org.comptoir.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.comptoir.ComptoirTest;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kept lists: an admin adds, renames, retires and brings back entries and chooses each desk's
 * quick-count buttons; everyone signed in reads them; nobody else changes them.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ReferenceListServiceTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    ReferenceListService lists;

    @Test
    void an_admin_adds_an_interest_which_is_offered_in_both_languages() {
        var code = "PARAGLIDING_" + CODES.incrementAndGet();
        var added = lists.save(
                ListKind.INTEREST,
                new ListItemDraft(null, 0, code.toLowerCase(Locale.ROOT), " Parapente ", "Paragliding", 130));

        assertThat(added.code()).isEqualTo(code);
        assertThat(added.nameFr()).isEqualTo("Parapente");
        assertThat(added.active()).isTrue();
        assertThat(added.name(Locale.ENGLISH)).isEqualTo("Paragliding");
        assertThat(lists.items(ListKind.INTEREST, false)).contains(added);
    }

    @Test
    void a_rename_needs_the_version_that_was_read() {
        var added = newInterest();
        var renamed = lists.save(
                ListKind.INTEREST,
                new ListItemDraft(
                        added.id(), added.version(), "ignored", "Parapente biplace", "Tandem paragliding", 5));

        assertThat(renamed.code()).as("the code never changes").isEqualTo(added.code());
        assertThat(renamed.nameEn()).isEqualTo("Tandem paragliding");
        assertThat(renamed.sortOrder()).isEqualTo(5);
        assertThat(renamed.version()).isGreaterThan(added.version());
        assertThatThrownBy(() -> lists.save(
                        ListKind.INTEREST,
                        new ListItemDraft(added.id(), added.version(), "", "Vieux nom", "Old name", 5)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_code_already_in_the_list_is_refused() {
        assertThatThrownBy(() -> lists.save(
                        ListKind.INTEREST, new ListItemDraft(null, 0, "hiking", "Randonnée bis", "Hiking again", 10)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("lists.code.taken");
                    assertThat(violation.arguments()).containsExactly("HIKING");
                });
    }

    @Test
    void a_code_with_accents_or_punctuation_is_refused_rather_than_mangled() {
        assertThatThrownBy(() -> lists.save(ListKind.INTEREST, new ListItemDraft(null, 0, "thé!", "Thé", "Tea", 10)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.code.invalid"));
        assertThatThrownBy(() -> lists.save(ListKind.INTEREST, new ListItemDraft(null, 0, " ", "Thé", "Tea", 10)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.code.required"));
    }

    @Test
    void empty_names_are_refused_one_language_at_a_time() {
        assertThatThrownBy(() -> lists.save(
                        ListKind.QUESTION,
                        new ListItemDraft(null, 0, "EMPTY_" + CODES.incrementAndGet(), "  ", "Parking", 10)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.name-fr.required"));
        assertThatThrownBy(() -> lists.save(
                        ListKind.QUESTION,
                        new ListItemDraft(null, 0, "EMPTY_" + CODES.incrementAndGet(), "Stationnement", "", 10)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.name-en.required"));
        assertThatThrownBy(() -> lists.save(
                        ListKind.QUESTION,
                        new ListItemDraft(null, 0, "LONG_" + CODES.incrementAndGet(), "x".repeat(121), "Parking", 10)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.name-fr.too-long"));
    }

    @Test
    void a_retired_entry_is_no_longer_offered_but_stays_for_history_and_can_come_back() {
        var added = newInterest();

        var retired = lists.setActive(ListKind.INTEREST, added.id(), false);
        assertThat(retired.active()).isFalse();
        assertThat(lists.items(ListKind.INTEREST, false))
                .extracting(ListItem::id)
                .doesNotContain(added.id());
        assertThat(lists.items(ListKind.INTEREST, true))
                .extracting(ListItem::id)
                .contains(added.id());

        lists.setActive(ListKind.INTEREST, added.id(), true);
        assertThat(lists.items(ListKind.INTEREST, false))
                .extracting(ListItem::id)
                .contains(added.id());
    }

    @Test
    void the_last_desk_in_service_cannot_be_retired() {
        var active = lists.items(ListKind.DESK, false);
        for (var desk : active.subList(0, active.size() - 1)) {
            lists.setActive(ListKind.DESK, desk.id(), false);
        }
        var last = active.getLast();

        assertThatThrownBy(() -> lists.setActive(ListKind.DESK, last.id(), false))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.desk.last-active"));
        assertThat(lists.items(ListKind.DESK, false)).containsExactly(last);
    }

    @Test
    void a_desks_quick_questions_are_set_in_order_and_read_back_in_that_order() {
        var desk = lists.save(
                ListKind.DESK,
                new ListItemDraft(
                        null,
                        0,
                        "KIOSK_" + CODES.incrementAndGet(),
                        "Kiosque du puy de Dôme",
                        "Puy de Dôme kiosk",
                        50));
        var weather = question("WEATHER");
        var maps = question("DIRECTIONS_MAPS");
        var tickets = question("TICKETS");
        assertThat(lists.quickQuestions(desk.id())).isEmpty();

        lists.setQuickQuestions(desk.id(), List.of(weather, maps, tickets, weather));
        assertThat(lists.quickQuestions(desk.id())).extracting(ListItem::id).containsExactly(weather, maps, tickets);

        lists.setQuickQuestions(desk.id(), List.of(tickets, weather));
        assertThat(lists.quickQuestions(desk.id())).extracting(ListItem::code).containsExactly("TICKETS", "WEATHER");
    }

    @Test
    void a_retired_question_leaves_the_quick_buttons_and_cannot_be_chosen() {
        var desk = lists.save(
                ListKind.DESK, new ListItemDraft(null, 0, "KIOSK_" + CODES.incrementAndGet(), "Kiosque", "Kiosk", 50));
        var topic = lists.save(
                ListKind.QUESTION,
                new ListItemDraft(null, 0, "PARKING_" + CODES.incrementAndGet(), "Stationnement", "Parking", 200));
        lists.setQuickQuestions(desk.id(), List.of(topic.id(), question("WEATHER")));

        lists.setActive(ListKind.QUESTION, topic.id(), false);

        assertThat(lists.quickQuestions(desk.id())).extracting(ListItem::code).containsExactly("WEATHER");
        assertThatThrownBy(() -> lists.setQuickQuestions(desk.id(), List.of(topic.id())))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("lists.quick.unknown"));
    }

    @Test
    @WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
    void a_counsellor_reads_the_lists_but_cannot_change_them() {
        var hiking = lists.items(ListKind.INTEREST, false).stream()
                .filter(i -> i.code().equals("HIKING"))
                .findFirst()
                .orElseThrow();
        assertThat(lists.items(ListKind.QUESTION, false)).isNotEmpty();
        assertThat(lists.items(ListKind.DESK, false)).extracting(ListItem::code).contains("MAIN");

        assertDenied(() -> lists.save(ListKind.INTEREST, new ListItemDraft(null, 0, "MALLORY", "M", "M", 1)));
        assertDenied(() -> lists.setActive(ListKind.INTEREST, hiking.id(), false));
        assertDenied(() -> lists.setQuickQuestions(mainDesk(), List.of()));
    }

    @Test
    @WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
    void a_director_reads_the_lists_but_cannot_change_them() {
        assertThat(lists.items(ListKind.INTEREST, true)).isNotEmpty();
        assertThat(lists.quickQuestions(mainDesk())).isNotEmpty();

        assertDenied(() -> lists.save(ListKind.QUESTION, new ListItemDraft(null, 0, "MALLORY", "M", "M", 1)));
        assertDenied(() -> lists.setActive(ListKind.DESK, mainDesk(), false));
        assertDenied(() -> lists.setQuickQuestions(mainDesk(), List.of()));
    }

    private ListItem newInterest() {
        return lists.save(
                ListKind.INTEREST,
                new ListItemDraft(null, 0, "PARAGLIDING_" + CODES.incrementAndGet(), "Parapente", "Paragliding", 130));
    }

    private long question(String code) {
        return lists.items(ListKind.QUESTION, false).stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long mainDesk() {
        return lists.items(ListKind.DESK, true).stream()
                .filter(d -> d.code().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }
}
