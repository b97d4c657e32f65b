package org.comptoir.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    private SuggestionEngine() {
    }

    /** The best {@code limit} suggestions, best first. */
    public static List<Suggestion> rank(VisitorProfile profile, List<AttractionDetails> attractions, int limit) {
        var candidates = new ArrayList<Suggestion>();
        for (var attraction : attractions) {
            if (suitable(profile, attraction)) {
                candidates.add(scored(profile, attraction));
            }
        }
        candidates.sort(BEST_FIRST);
        return varied(candidates, limit);
    }

    /** Whether the engine may suggest this attraction at all for this visitor. */
    public static boolean suitable(VisitorProfile profile, AttractionDetails a) {
        if (!a.active() || !a.isOpenOn(profile.date()) || profile.alreadyPicked().contains(a.id())) {
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

    private static Suggestion scored(VisitorProfile profile, AttractionDetails a) {
        var reasons = new ArrayList<Reason>();
        int score = 0;
        var matching = a.interestIds().stream().filter(profile.interestIds()::contains).sorted().toList();
        score += PER_INTEREST * matching.size();
        if (!matching.isEmpty()) {
            reasons.add(new Reason("suggestion.reason.interests", List.copyOf(matching)));
        }
        if (profile.children() > 0) {
            reasons.add(a.minAge() == null ? Reason.of("suggestion.reason.family")
                    : Reason.of("suggestion.reason.family-from", a.minAge()));
        }
        if (profile.reducedMobility()) {
            reasons.add(Reason.of("suggestion.reason.accessible"));
        }
        if (profile.rainy()) {
            if (a.indoor()) {
                score += RAINY_INDOOR;
                reasons.add(Reason.of("suggestion.reason.indoor"));
            }
        }
        if (profile.language() != null && !"fr".equals(profile.language())
                && a.languages().contains(profile.language())) {
            score += IN_LANGUAGE;
            reasons.add(Reason.of("suggestion.reason.language", profile.language()));
        }
        if (a.labels().contains("UNESCO")) {
            score += UNESCO;
        }
        score += Math.max(0, MAX_NEARNESS - a.driveMinutes() / 3);
        if (a.driveMinutes() <= WALKING_MINUTES && !a.driveEstimated()) {
            reasons.add(Reason.of("suggestion.reason.walk"));
        } else {
            reasons.add(Reason.of(a.driveEstimated() ? "suggestion.reason.drive-estimated"
                    : "suggestion.reason.drive", a.driveMinutes()));
        }
        reasons.add(Reason.of("suggestion.reason.open"));
        return new Suggestion(a, score, reasons);
    }

    /** Picks the best one at a time, lowering the others of a category already picked. */
    private static List<Suggestion> varied(List<Suggestion> sorted, int limit) {
        var remaining = new ArrayList<>(sorted);
        var chosen = new ArrayList<Suggestion>();
        var perCategory = new HashMap<AttractionCategory, Integer>();
        while (chosen.size() < limit && !remaining.isEmpty()) {
            Suggestion best = null;
            int bestScore = Integer.MIN_VALUE;
            for (var candidate : remaining) {
                int adjusted = candidate.score()
                        - SAME_CATEGORY * perCategory.getOrDefault(candidate.attraction().category(), 0);
                if (adjusted > bestScore || adjusted == bestScore && best != null
                        && candidate.attraction().id() < best.attraction().id()) {
                    best = candidate;
                    bestScore = adjusted;
                }
            }
            remaining.remove(best);
            chosen.add(best);
            perCategory.merge(best.attraction().category(), 1, Integer::sum);
        }
        return chosen;
    }

    private static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingInt(Suggestion::score).reversed()
            .thenComparingLong(s -> s.attraction().id());
}
