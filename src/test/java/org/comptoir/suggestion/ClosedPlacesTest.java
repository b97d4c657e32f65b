package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.attraction.AttractionCategory.MUSEUM;
import static org.comptoir.suggestion.Attractions.A_SUMMER_SATURDAY;
import static org.comptoir.suggestion.Attractions.attraction;
import static org.comptoir.suggestion.Attractions.with;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A place closed on the visitor's day is found by name, with its next opening; the ranking says what it hides. */
class ClosedPlacesTest {

    private static final LocalDate A_DECEMBER_TUESDAY = LocalDate.of(2026, 12, 15);

    private final VisitorProfile december = VisitorProfile.on(A_DECEMBER_TUESDAY);

    @Test
    void the_next_opening_is_the_first_open_month_and_weekday_from_that_day_on() {
        var marchToNovember = with(
                attraction(1, MUSEUM, Set.of(), 20, 90), b -> b.months(EnumSet.range(Month.MARCH, Month.NOVEMBER)));
        assertThat(marchToNovember.nextOpening(A_DECEMBER_TUESDAY)).contains(LocalDate.of(2027, 3, 1));
        assertThat(marchToNovember.nextOpening(A_SUMMER_SATURDAY)).contains(A_SUMMER_SATURDAY);

        var closedMondays = with(marchToNovember, b -> b.closed(Set.of(DayOfWeek.MONDAY)));
        // 1 March 2027 is a Monday
        assertThat(closedMondays.nextOpening(A_DECEMBER_TUESDAY)).contains(LocalDate.of(2027, 3, 2));

        var never = with(attraction(2, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of()));
        assertThat(never.nextOpening(A_DECEMBER_TUESDAY)).isEmpty();
        var everyDayClosed =
                with(attraction(3, MUSEUM, Set.of(), 20, 90), b -> b.closed(EnumSet.allOf(DayOfWeek.class)));
        assertThat(everyDayClosed.nextOpening(A_DECEMBER_TUESDAY)).isEmpty();
    }

    @Test
    void the_next_opening_crosses_a_leap_day_and_the_end_of_the_year() {
        var februaryOnly = with(attraction(1, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.FEBRUARY)));
        assertThat(februaryOnly.nextOpening(LocalDate.of(2027, 12, 31))).contains(LocalDate.of(2028, 2, 1));
        assertThat(februaryOnly.nextOpening(LocalDate.of(2028, 2, 29))).contains(LocalDate.of(2028, 2, 29));
        assertThat(februaryOnly.nextOpening(LocalDate.of(2028, 3, 1))).contains(LocalDate.of(2029, 2, 1));
    }

    @Test
    void a_search_lists_closed_matches_after_open_ones_soonest_reopening_first() {
        var open = attraction(1, MUSEUM, Set.of(), 20, 90);
        var fromApril = with(attraction(2, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.APRIL)));
        var fromMarch = with(attraction(3, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.MARCH)));
        var never = with(attraction(4, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of()));
        var retired = with(
                attraction(5, MUSEUM, Set.of(), 20, 90),
                b -> b.months(Set.of(Month.MARCH)).retired());

        var found = SuggestionEngine.rankWithClosed(december, List.of(never, fromApril, open, fromMarch, retired), 10);

        assertThat(found).extracting(s -> s.attraction().id()).containsExactly(1L, 3L, 2L, 4L);
        assertThat(found).extracting(Suggestion::open).containsExactly(true, false, false, false);
        assertThat(found.get(1).reasons()).contains(new Reason(Reason.CLOSED, List.of(LocalDate.of(2027, 3, 1))));
        assertThat(found.get(3).reasons()).contains(new Reason(Reason.CLOSED, List.of()));
        assertThat(found.get(0).reasons()).extracting(Reason::key).doesNotContain(Reason.CLOSED);
    }

    @Test
    void a_closed_match_still_follows_the_party_children_and_the_reduced_mobility() {
        var closedNotForChildren = with(attraction(1, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.MARCH)));
        var withChildren = new VisitorProfile(Set.of(), null, 2, 5, false, A_DECEMBER_TUESDAY, false, null, Set.of());
        assertThat(SuggestionEngine.rankWithClosed(withChildren, List.of(closedNotForChildren), 10))
                .isEmpty();
    }

    @Test
    void the_ranking_leaves_closed_places_out_and_counts_them() {
        var open = attraction(1, MUSEUM, Set.of(), 20, 90);
        var summer = with(attraction(2, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.JULY)));
        var closedTuesdays = with(attraction(3, MUSEUM, Set.of(), 20, 90), b -> b.closed(Set.of(DayOfWeek.TUESDAY)));
        var retiredSummer = with(
                attraction(4, MUSEUM, Set.of(), 20, 90),
                b -> b.months(Set.of(Month.JULY)).retired());
        var all = List.of(open, summer, closedTuesdays, retiredSummer);

        assertThat(SuggestionEngine.rank(december, all, 10))
                .extracting(s -> s.attraction().id())
                .containsExactly(1L);
        assertThat(SuggestionEngine.closedCount(december, all)).isEqualTo(2);
        assertThat(SuggestionEngine.closedCount(VisitorProfile.on(A_SUMMER_SATURDAY), all))
                .isZero();
    }
}
