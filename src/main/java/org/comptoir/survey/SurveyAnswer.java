package org.comptoir.survey;

import java.time.LocalDate;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;

/**
 * One answer as it is kept: the day, where (the desk, the visitor's market when known), the language it was
 * given in, the scores and the comment. Nothing else: no time of day, no token, no interaction, no address.
 *
 * @param satisfaction overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)
 * @param welcome      the welcome, 1 to 5, when answered
 * @param usefulness   the usefulness of the information, 1 to 5, when answered
 * @param recommend    how likely the visitor is to recommend the office, 0 to 10, when answered
 * @param comment      plain text of at most {@link SurveyAnswerDraft#MAX_COMMENT} characters, for directors only
 */
public record SurveyAnswer(
        LocalDate answeredOn,
        SurveySource source,
        long deskId,
        @Nullable Market market,
        SheetLanguage language,
        int satisfaction,
        @Nullable Integer welcome,
        @Nullable Integer usefulness,
        @Nullable Integer recommend,
        @Nullable String comment) {}
