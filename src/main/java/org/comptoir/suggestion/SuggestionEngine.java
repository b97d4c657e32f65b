package org.comptoir.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;

/**
 * Ranks attractions for a visitor. Plain code with no UI and no database: the same input always gives
 * the same output.
 *
 * <p>Never suggested: retired attractions, those closed that day (month or weekly closing day), those
 * already picked, those that do not fit in the time budget (drive there and back plus the visit), and
 * for a party with children or with reduced mobility, those not suited to them.
 *
 * <p>Among the rest, indoor places come first on a rainy day; then the score counts the matching
 * interests, visits in the visitor's language, and nearness; then the list is made varied: each attraction of a
 * category already chosen loses points, so that five museums do not come in a row.
 */
public final class SuggestionEngine {

    static final int PER_INTEREST = 100;
    /** Big enough to put every indoor place before every outdoor one: the rainy-day switch says "indoor first". */
    static final int RAINY_INDOOR = 10_000;

    static final int IN_LANGUAGE = 25;
    static final int UNESCO = 5;
    static final int SAME_CATEGORY = 35;
    static final int MAX_NEARNESS = 30;
    /** A given drive time this short means the place is in town: said "on foot". */
    static final int WALKING_MINUTES = 5;

    private SuggestionEngine() {}

    /** The best {@code limit} suggestions, best first. */
    public static List<Suggestion> rank(VisitorProfile profile, List<AttractionDetails> attractions, int limit) {
        // Scores first, as plain ints: reasons are only written for the few attractions chosen.
        var candidates = new ArrayList<AttractionDetails>();
        var scores = new int[attractions.size()];
        for (var attraction : attractions) {
            if (suitable(profile, attraction)) {
                scores[candidates.size()] = score(profile, attraction);
                candidates.add(attraction);
            }
        }
        return varied(profile, candidates, scores, limit);
    }

    /**
     * For a search by name: the matching places open that day, ranked as above, then those closed that
     * day but otherwise suitable, soonest reopening first, marked closed with their next opening. A
     * visitor asking "is Vulcania open?" in December hears "closed, reopens in April", not silence.
     */
    public static List<Suggestion> rankWithClosed(
            VisitorProfile profile, List<AttractionDetails> attractions, int limit) {
        var chosen = new ArrayList<>(rank(profile, attractions, limit));
        var farFuture = LocalDate.MAX;
        attractions.stream()
                .filter(a -> closedThatDay(profile, a))
                .sorted(Comparator.comparing((AttractionDetails a) ->
                                a.nextOpening(profile.date()).orElse(farFuture))
                        .thenComparingLong(AttractionDetails::id))
                .limit(Math.max(0, limit - chosen.size()))
                .forEach(a -> chosen.add(new Suggestion(a, score(profile, a), reasons(profile, a), false)));
        return chosen;
    }

    /** How many places the ranking leaves out only because they are closed on the visitor's day. */
    public static int closedCount(VisitorProfile profile, List<AttractionDetails> attractions) {
        return (int) attractions.stream().filter(a -> closedThatDay(profile, a)).count();
    }

    /** Whether the engine may suggest this attraction at all for this visitor. */
    public static boolean suitable(VisitorProfile profile, AttractionDetails a) {
        return a.isOpenOn(profile.date()) && suitableAnyDay(profile, a);
    }

    private static boolean closedThatDay(VisitorProfile profile, AttractionDetails a) {
        return !a.isOpenOn(profile.date()) && suitableAnyDay(profile, a);
    }

    /** Everything {@link #suitable} asks but the opening on the visitor's day. */
    private static boolean suitableAnyDay(VisitorProfile profile, AttractionDetails a) {
        if (!a.active() || profile.alreadyPicked().contains(a.id())) {
            return false;
        }
        if (profile.children() > 0) {
            if (!a.familyFriendly()) {
                return false;
            }
            if (a.minAge() != null && profile.youngestChildAge() != null && a.minAge() > profile.youngestChildAge()) {
                return false;
            }
        }
        if (profile.reducedMobility() && !a.accessible()) {
            return false;
        }
        return profile.timeBudgetMinutes() == null || minutesNeeded(a) <= profile.timeBudgetMinutes();
    }

    /** Drive there and back plus the visit (an hour when the visit time is unknown). */
    static int minutesNeeded(AttractionDetails a) {
        return 2 * a.driveMinutes() + (a.visitMinutes() == null ? 60 : a.visitMinutes());
    }

    static int score(VisitorProfile profile, AttractionDetails a) {
        int score = 0;
        for (var interest : profile.interestIds()) {
            if (a.interestIds().contains(interest)) {
                score += PER_INTEREST;
            }
        }
        if (profile.rainy() && a.indoor()) {
            score += RAINY_INDOOR;
        }
        if (speaksVisitorsLanguage(profile, a)) {
            score += IN_LANGUAGE;
        }
        if (a.labels().contains("UNESCO")) {
            score += UNESCO;
        }
        return score + Math.max(0, MAX_NEARNESS - a.driveMinutes() / 3);
    }

    private static boolean speaksVisitorsLanguage(VisitorProfile profile, AttractionDetails a) {
        return profile.language() != null
                && !"fr".equals(profile.language())
                && a.languages().contains(profile.language());
    }

    /** Why this attraction is suggested to this visitor. */
    static List<Reason> reasons(VisitorProfile profile, AttractionDetails a) {
        var reasons = new ArrayList<Reason>();
        var matching = a.interestIds().stream()
                .filter(profile.interestIds()::contains)
                .sorted()
                .toList();
        if (!matching.isEmpty()) {
            reasons.add(new Reason("suggestion.reason.interests", List.copyOf(matching)));
        }
        if (profile.children() > 0) {
            reasons.add(
                    a.minAge() == null
                            ? Reason.of("suggestion.reason.family")
                            : Reason.of("suggestion.reason.family-from", a.minAge()));
        }
        if (profile.reducedMobility()) {
            reasons.add(Reason.of("suggestion.reason.accessible"));
        }
        if (profile.rainy() && a.indoor()) {
            reasons.add(Reason.of("suggestion.reason.indoor"));
        }
        if (speaksVisitorsLanguage(profile, a)) {
            reasons.add(Reason.of("suggestion.reason.language", profile.language()));
        }
        if (a.driveMinutes() <= WALKING_MINUTES && !a.driveEstimated()) {
            reasons.add(Reason.of("suggestion.reason.walk"));
        } else {
            reasons.add(Reason.of(
                    a.driveEstimated() ? "suggestion.reason.drive-estimated" : "suggestion.reason.drive",
                    a.driveMinutes()));
        }
        if (a.isOpenOn(profile.date())) {
            reasons.add(Reason.of("suggestion.reason.open"));
        } else {
            reasons.add(a.nextOpening(profile.date())
                    .map(day -> Reason.of(Reason.CLOSED, day))
                    .orElseGet(() -> Reason.of(Reason.CLOSED)));
        }
        return reasons;
    }

    /**
     * Picks the best one at a time, lowering the others of a category already picked; ties go to the
     * smaller id, so that the result does not depend on the order of the input.
     */
    private static List<Suggestion> varied(
            VisitorProfile profile, List<AttractionDetails> candidates, int[] scores, int limit) {
        var taken = new boolean[candidates.size()];
        var perCategory = new int[AttractionCategory.values().length];
        var chosen = new ArrayList<Suggestion>();
        while (chosen.size() < limit && chosen.size() < candidates.size()) {
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int i = 0; i < candidates.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                var candidate = candidates.get(i);
                int adjusted = scores[i]
                        - SAME_CATEGORY * perCategory[candidate.category().ordinal()];
                if (adjusted > bestScore
                        || adjusted == bestScore
                                && candidate.id() < candidates.get(best).id()) {
                    best = i;
                    bestScore = adjusted;
                }
            }
            taken[best] = true;
            var attraction = candidates.get(best);
            perCategory[attraction.category().ordinal()]++;
            chosen.add(new Suggestion(attraction, scores[best], reasons(profile, attraction), true));
        }
        return chosen;
    }
}
