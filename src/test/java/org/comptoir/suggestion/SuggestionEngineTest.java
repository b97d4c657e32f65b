package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comptoir.attraction.AttractionCategory.HIKING_TRAIL;
import static org.comptoir.attraction.AttractionCategory.MUSEUM;
import static org.comptoir.attraction.AttractionCategory.VOLCANO_NATURAL_SITE;
import static org.comptoir.suggestion.Attractions.A_SUMMER_SATURDAY;
import static org.comptoir.suggestion.Attractions.attraction;
import static org.comptoir.suggestion.Attractions.with;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.comptoir.attraction.AttractionDetails;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {

    private static final long HIKING = 1;
    private static final long VOLCANOES = 2;
    private static final long MUSEUMS = 3;

    private final VisitorProfile anyone = VisitorProfile.on(A_SUMMER_SATURDAY);

    @Test
    void more_matching_interests_rank_higher() {
        var one = attraction(1, HIKING_TRAIL, Set.of(HIKING), 20, 120);
        var two = attraction(2, VOLCANO_NATURAL_SITE, Set.of(HIKING, VOLCANOES), 20, 120);
        var none = attraction(3, MUSEUM, Set.of(MUSEUMS), 20, 120);
        var ranked = ids(anyone.withInterests(Set.of(HIKING, VOLCANOES)), List.of(one, two, none));
        assertThat(ranked).containsExactly(2L, 1L, 3L);
    }

    @Test
    void a_passing_through_visitor_gets_only_what_fits_in_their_time() {
        var near = attraction(1, MUSEUM, Set.of(), 10, 60);
        var far = attraction(2, VOLCANO_NATURAL_SITE, Set.of(), 60, 180);
        var threeHours = new VisitorProfile(Set.of(), 180, 0, null, false, A_SUMMER_SATURDAY, false, null, Set.of());
        assertThat(ids(threeHours, List.of(near, far))).containsExactly(1L);
    }

    @Test
    void children_get_family_friendly_places_suited_to_the_youngest() {
        var family = with(attraction(1, MUSEUM, Set.of(), 20, 90), b -> b.family(null));
        var fromTen = with(attraction(2, VOLCANO_NATURAL_SITE, Set.of(), 20, 90), b -> b.family(10));
        var adultsOnly = attraction(3, HIKING_TRAIL, Set.of(), 20, 90);
        var sixYearOld = new VisitorProfile(Set.of(), null, 1, 6, false, A_SUMMER_SATURDAY, false, null, Set.of());
        assertThat(ids(sixYearOld, List.of(family, fromTen, adultsOnly))).containsExactly(1L);
    }

    @Test
    void reduced_mobility_gets_accessible_places_only() {
        var accessible = with(attraction(1, MUSEUM, Set.of(), 20, 90), Attractions.Builder::accessible);
        var steps = attraction(2, VOLCANO_NATURAL_SITE, Set.of(), 20, 90);
        var profile = new VisitorProfile(Set.of(), null, 0, null, true, A_SUMMER_SATURDAY, false, null, Set.of());
        assertThat(ids(profile, List.of(accessible, steps))).containsExactly(1L);
    }

    @Test
    void closed_that_day_or_that_month_or_retired_is_never_suggested() {
        var closedSaturdays = with(attraction(1, MUSEUM, Set.of(), 20, 90), b -> b.closed(Set.of(DayOfWeek.SATURDAY)));
        var winterOnly = with(attraction(2, MUSEUM, Set.of(), 20, 90), b -> b.months(Set.of(Month.JANUARY)));
        var retired = with(attraction(3, MUSEUM, Set.of(), 20, 90), Attractions.Builder::retired);
        var open = attraction(4, MUSEUM, Set.of(), 20, 90);
        assertThat(ids(anyone, List.of(closedSaturdays, winterOnly, retired, open)))
                .containsExactly(4L);
    }

    @Test
    void on_a_rainy_day_indoor_places_come_first() {
        var outdoor = attraction(1, VOLCANO_NATURAL_SITE, Set.of(HIKING), 10, 90);
        var indoor = with(attraction(2, MUSEUM, Set.of(), 30, 90), Attractions.Builder::indoor);
        var rainy = new VisitorProfile(Set.of(HIKING), null, 0, null, false, A_SUMMER_SATURDAY, true, null, Set.of());
        assertThat(ids(anyone.withInterests(Set.of(HIKING)), List.of(outdoor, indoor)))
                .containsExactly(1L, 2L);
        assertThat(ids(rainy, List.of(outdoor, indoor))).containsExactly(2L, 1L);
    }

    @Test
    void a_visit_in_the_visitors_language_ranks_higher() {
        var french = attraction(1, MUSEUM, Set.of(), 20, 90);
        var german = with(attraction(2, MUSEUM, Set.of(), 20, 90), b -> b.languages(Set.of("fr", "de")));
        var germanVisitor =
                new VisitorProfile(Set.of(), null, 0, null, false, A_SUMMER_SATURDAY, false, "de", Set.of());
        assertThat(ids(germanVisitor, List.of(french, german)).getFirst()).isEqualTo(2L);
    }

    @Test
    void five_museums_do_not_come_in_a_row() {
        var museums = LongStream.rangeClosed(1, 5)
                .mapToObj(id -> attraction(id, MUSEUM, Set.of(MUSEUMS), 10, 60))
                .toList();
        var volcano = attraction(6, VOLCANO_NATURAL_SITE, Set.of(VOLCANOES), 20, 60);
        var all = new ArrayList<>(museums);
        all.add(volcano);
        var ranked = SuggestionEngine.rank(anyone.withInterests(Set.of(MUSEUMS, VOLCANOES)), all, 5);
        assertThat(ranked.stream().limit(3).map(s -> s.attraction().category())).contains(VOLCANO_NATURAL_SITE);
    }

    @Test
    void what_was_already_picked_is_not_suggested_again() {
        var a = attraction(1, MUSEUM, Set.of(), 20, 90);
        var b = attraction(2, MUSEUM, Set.of(), 20, 90);
        var profile = new VisitorProfile(Set.of(), null, 0, null, false, A_SUMMER_SATURDAY, false, null, Set.of(1L));
        assertThat(ids(profile, List.of(a, b))).containsExactly(2L);
    }

    @Test
    void every_suggestion_says_why_it_is_there() {
        var hiking = attraction(1, HIKING_TRAIL, Set.of(HIKING), 25, 120);
        var family = new VisitorProfile(Set.of(HIKING), null, 2, 8, false, A_SUMMER_SATURDAY, false, null, Set.of());
        var familyHiking = with(hiking, b -> b.family(null));
        var suggestion =
                SuggestionEngine.rank(family, List.of(familyHiking), 10).getFirst();
        assertThat(suggestion.reasons())
                .extracting(Reason::key)
                .containsExactly(
                        "suggestion.reason.interests",
                        "suggestion.reason.family",
                        "suggestion.reason.drive",
                        "suggestion.reason.open");
        assertThat(suggestion.reasons().get(2).arguments()).containsExactly(25);
    }

    private static List<Long> ids(VisitorProfile profile, List<AttractionDetails> attractions) {
        return SuggestionEngine.rank(profile, attractions, 10).stream()
                .map(s -> s.attraction().id())
                .toList();
    }
}
