package org.comptoir.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;

/**
 * The engine's promises, checked on many random attraction sets and visitors.
 */
class SuggestionEnginePropertiesTest {

    @Property(tries = 300)
    void never_suggests_a_closed_retired_or_unsuitable_attraction(
            @ForAll("attractions") List<AttractionDetails> all, @ForAll("profiles") VisitorProfile profile) {
        for (var suggestion : SuggestionEngine.rank(profile, all, 10)) {
            var a = suggestion.attraction();
            assertThat(a.active()).isTrue();
            assertThat(a.isOpenOn(profile.date())).isTrue();
            assertThat(profile.alreadyPicked()).doesNotContain(a.id());
            if (profile.children() > 0) {
                assertThat(a.familyFriendly()).isTrue();
                if (a.minAge() != null && profile.youngestChildAge() != null) {
                    assertThat(a.minAge()).isLessThanOrEqualTo(profile.youngestChildAge());
                }
            }
            if (profile.reducedMobility()) {
                assertThat(a.accessible()).isTrue();
            }
            if (profile.timeBudgetMinutes() != null) {
                assertThat(SuggestionEngine.minutesNeeded(a)).isLessThanOrEqualTo(profile.timeBudgetMinutes());
            }
        }
    }

    @Property(tries = 300)
    void the_same_input_gives_the_same_output(
            @ForAll("attractions") List<AttractionDetails> all, @ForAll("profiles") VisitorProfile profile) {
        var first = SuggestionEngine.rank(profile, all, 10);
        var shuffled = new ArrayList<>(all);
        Collections.reverse(shuffled);
        assertThat(SuggestionEngine.rank(profile, shuffled, 10)).isEqualTo(first);
        assertThat(SuggestionEngine.rank(profile, all, 10)).isEqualTo(first);
    }

    @Property(tries = 300)
    void adding_a_matching_interest_never_lowers_an_attractions_rank(
            @ForAll("attractions") List<AttractionDetails> all, @ForAll("profiles") VisitorProfile profile) {
        var before = SuggestionEngine.rank(profile, all, all.size());
        for (int i = 0; i < before.size(); i++) {
            var target = before.get(i).attraction();
            var missing = profile.interestIds().stream()
                    .filter(id -> !target.interestIds().contains(id))
                    .findFirst();
            if (missing.isEmpty()) {
                continue;
            }
            var interests = new HashSet<>(target.interestIds());
            interests.add(missing.get());
            var improved = Attractions.with(target, b -> b.interests(Set.copyOf(interests)));
            var changed =
                    all.stream().map(a -> a.id() == target.id() ? improved : a).toList();
            var after = SuggestionEngine.rank(profile, changed, all.size());
            var newRank = after.stream().map(s -> s.attraction().id()).toList().indexOf(target.id());
            assertThat(newRank).as("rank of %d", target.id()).isBetween(0, i);
        }
    }

    @Provide
    Arbitrary<List<AttractionDetails>> attractions() {
        return attraction().list().ofMinSize(1).ofMaxSize(25).uniqueElements(AttractionDetails::id);
    }

    private Arbitrary<AttractionDetails> attraction() {
        var ids = Arbitraries.longs().between(1, 200);
        var categories = Arbitraries.of(AttractionCategory.class);
        var interests = Arbitraries.longs().between(1, 6).set().ofMaxSize(3);
        var drive = Arbitraries.integers().between(0, 120);
        var visit = Arbitraries.integers().between(15, 300);
        var flags = Arbitraries.integers().between(0, 127);
        var months = Arbitraries.of(Month.class).set().ofMinSize(1);
        var closed = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3);
        var minAge = Arbitraries.integers().between(0, 14).injectNull(0.5);
        return Combinators.combine(ids, categories, interests, drive, visit, flags, months, closed)
                .as((id, category, interestIds, driveMinutes, visitMinutes, f, open, closedDays) ->
                        new AttractionDetails(
                                id,
                                0,
                                null,
                                "A" + id,
                                "A" + id,
                                null,
                                null,
                                category,
                                interestIds,
                                null,
                                null,
                                null,
                                45.7,
                                3.0,
                                driveMinutes,
                                false,
                                visitMinutes,
                                PriceLevel.FREE,
                                EnumSet.copyOf(open),
                                closedDays,
                                null,
                                null,
                                (f & 1) != 0,
                                (f & 64) != 0 ? 6 : null,
                                (f & 2) != 0,
                                (f & 4) != 0,
                                false,
                                (f & 8) != 0 ? Set.of("fr", "de") : Set.of("fr"),
                                (f & 16) != 0 ? Set.of("UNESCO") : Set.of(),
                                null,
                                null,
                                AttractionSource.MANUAL,
                                null,
                                null,
                                (f & 32) == 0));
    }

    @Provide
    Arbitrary<VisitorProfile> profiles() {
        var interests = Arbitraries.longs().between(1, 6).set().ofMaxSize(4);
        var budget = Arbitraries.integers().between(60, 600).injectNull(0.4);
        var children = Arbitraries.integers().between(0, 3);
        var youngest = Arbitraries.integers().between(0, 14).injectNull(0.3);
        var mobility = Arbitraries.of(true, false);
        var date = Arbitraries.integers()
                .between(0, 364)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        var rainy = Arbitraries.of(true, false);
        var language = Arbitraries.of("fr", "de", "en");
        return Combinators.combine(interests, budget, children, youngest, mobility, date, rainy, language)
                .as((i, b, c, y, m, d, r, l) -> new VisitorProfile(i, b, c, y, m, d, r, l, Set.of(1L, 2L)));
    }
}
