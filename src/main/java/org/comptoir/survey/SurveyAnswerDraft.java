package org.comptoir.survey;

import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor sends: the language the questions were read in, the market (asked at the kiosk only: a sheet's
 * comes from its token), the scores and a comment. Checked by {@link SurveyRules}.
 */
public record SurveyAnswerDraft(
        SheetLanguage language,
        @Nullable Market market,
        @Nullable Integer satisfaction,
        @Nullable Integer welcome,
        @Nullable Integer usefulness,
        @Nullable Integer recommend,
        @Nullable String comment) {

    /** The longest comment kept, in characters (code points): the column's size. */
    public static final int MAX_COMMENT = 1000;

    /** Nothing answered yet, in this language. */
    public static SurveyAnswerDraft in(SheetLanguage language) {
        return new SurveyAnswerDraft(language, null, null, null, null, null, null);
    }

    public SurveyAnswerDraft withMarket(@Nullable Market market) {
        return new SurveyAnswerDraft(language, market, satisfaction, welcome, usefulness, recommend, comment);
    }

    public SurveyAnswerDraft withScores(
            @Nullable Integer satisfaction,
            @Nullable Integer welcome,
            @Nullable Integer usefulness,
            @Nullable Integer recommend) {
        return new SurveyAnswerDraft(language, market, satisfaction, welcome, usefulness, recommend, comment);
    }

    public SurveyAnswerDraft withComment(@Nullable String comment) {
        return new SurveyAnswerDraft(language, market, satisfaction, welcome, usefulness, recommend, comment);
    }
}
