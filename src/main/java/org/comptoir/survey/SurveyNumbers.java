package org.comptoir.survey;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a set of answers, as exact counts and sums: the means and the NPS are computed from them, so that
 * several sets add up exactly ({@link #plus}).
 *
 * @param answers         answers (each has an overall satisfaction)
 * @param satisfactionSum sum of the overall satisfactions
 * @param welcomeCount    answers that scored the welcome
 * @param welcomeSum      sum of those scores
 * @param usefulnessCount answers that scored the usefulness of the information
 * @param usefulnessSum   sum of those scores
 * @param recommendCount  answers that said how likely they are to recommend the office
 * @param promoters       of those, 9 or 10
 * @param detractors      of those, 0 to 6
 */
public record SurveyNumbers(
        long answers,
        long satisfactionSum,
        long welcomeCount,
        long welcomeSum,
        long usefulnessCount,
        long usefulnessSum,
        long recommendCount,
        long promoters,
        long detractors) {

    public static final SurveyNumbers NONE = new SurveyNumbers(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Promoters say 9 or 10 … */
    public static final int PROMOTER_FROM = 9;
    /**
     * … detractors 6 or less (Net Promoter Score). Both numbers are written in the migration V0030 too, which counted
     * the answers given before it; SurveyDayTest checks they agree.
     */
    public static final int DETRACTOR_UP_TO = 6;

    /** The figures of one answer. */
    public static SurveyNumbers of(SurveyAnswer answer) {
        var welcome = answer.welcome();
        var usefulness = answer.usefulness();
        var recommend = answer.recommend();
        return new SurveyNumbers(
                1,
                answer.satisfaction(),
                welcome == null ? 0 : 1,
                welcome == null ? 0 : welcome,
                usefulness == null ? 0 : 1,
                usefulness == null ? 0 : usefulness,
                recommend == null ? 0 : 1,
                recommend != null && recommend >= PROMOTER_FROM ? 1 : 0,
                recommend != null && recommend <= DETRACTOR_UP_TO ? 1 : 0);
    }

    public SurveyNumbers plus(SurveyNumbers other) {
        return new SurveyNumbers(
                answers + other.answers,
                satisfactionSum + other.satisfactionSum,
                welcomeCount + other.welcomeCount,
                welcomeSum + other.welcomeSum,
                usefulnessCount + other.usefulnessCount,
                usefulnessSum + other.usefulnessSum,
                recommendCount + other.recommendCount,
                promoters + other.promoters,
                detractors + other.detractors);
    }

    /** Mean overall satisfaction (1–5); null without answers. */
    public @Nullable Double satisfaction() {
        return mean(satisfactionSum, answers);
    }

    /** Mean score of the welcome (1–5); null when nobody scored it. */
    public @Nullable Double welcome() {
        return mean(welcomeSum, welcomeCount);
    }

    /** Mean score of the usefulness of the information (1–5); null when nobody scored it. */
    public @Nullable Double usefulness() {
        return mean(usefulnessSum, usefulnessCount);
    }

    /** Net Promoter Score: promoters minus detractors, in % of those who answered (−100 to 100); null when none did. */
    public @Nullable Double nps() {
        return recommendCount == 0 ? null : 100.0 * (promoters - detractors) / recommendCount;
    }

    private static @Nullable Double mean(long sum, long count) {
        return count == 0 ? null : (double) sum / count;
    }
}
