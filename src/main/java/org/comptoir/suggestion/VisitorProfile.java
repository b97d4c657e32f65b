package org.comptoir.suggestion;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the counsellor knows of the visitor so far, as the engine needs it.
 *
 * @param interestIds      the visitor's interests (reference list ids)
 * @param timeBudgetMinutes time available for one outing, there and back included; null when unknown
 * @param children         number of children in the party
 * @param youngestChildAge age of the youngest child, when known
 * @param reducedMobility  someone in the party has reduced mobility: accessible places only
 * @param date             the day of the outing
 * @param rainy            rainy-day switch: indoor places first
 * @param language         ISO 639-1 code of the visitor's language, when known
 * @param alreadyPicked    attractions already picked for this visitor: not suggested again
 */
public record VisitorProfile(
        Set<Long> interestIds,
        @Nullable Integer timeBudgetMinutes,
        int children,
        @Nullable Integer youngestChildAge,
        boolean reducedMobility,
        LocalDate date,
        boolean rainy,
        @Nullable String language,
        Set<Long> alreadyPicked) {

    public VisitorProfile {
        interestIds = Set.copyOf(interestIds);
        alreadyPicked = Set.copyOf(alreadyPicked);
    }

    public static VisitorProfile on(LocalDate date) {
        return new VisitorProfile(Set.of(), null, 0, null, false, date, false, null, Set.of());
    }

    public VisitorProfile withInterests(Set<Long> interests) {
        return new VisitorProfile(
                interests,
                timeBudgetMinutes,
                children,
                youngestChildAge,
                reducedMobility,
                date,
                rainy,
                language,
                alreadyPicked);
    }
}
