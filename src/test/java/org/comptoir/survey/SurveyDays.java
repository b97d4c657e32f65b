package org.comptoir.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The answers' counts by day, desk and market ({@code survey_day}, decision 0034) as the tests see them: the rows
 * kept, the same counted from the raw answers in SQL of the tests' own (with {@link SurveyNumbers}' thresholds), and
 * the rows of a desk written again from its answers, for tests that write answers in SQL.
 */
public final class SurveyDays {

    /** One row: its key ('' for no market) and its counts. */
    public record Row(LocalDate day, long desk, String market, SurveyNumbers numbers) {}

    private static final String COUNTED =
            """
            select answered_on, desk_id, coalesce(market, '') as market,
                   count(*) as answers, sum(satisfaction) as satisfaction_sum,
                   count(welcome) as welcome_count, coalesce(sum(welcome), 0) as welcome_sum,
                   count(usefulness) as usefulness_count, coalesce(sum(usefulness), 0) as usefulness_sum,
                   count(recommend) as recommend_count,
                   coalesce(sum(recommend >= %d), 0) as promoters, coalesce(sum(recommend <= %d), 0) as detractors
            from survey_answer where desk_id in (%s)
            group by answered_on, desk_id, coalesce(market, '')""".formatted(SurveyNumbers.PROMOTER_FROM, SurveyNumbers.DETRACTOR_UP_TO, "%s");

    private static final RowMapper<Row> ROW = (row, n) -> new Row(
            row.getObject("answered_on", LocalDate.class),
            row.getLong("desk_id"),
            row.getString("market"),
            new SurveyNumbers(
                    row.getLong("answers"),
                    row.getLong("satisfaction_sum"),
                    row.getLong("welcome_count"),
                    row.getLong("welcome_sum"),
                    row.getLong("usefulness_count"),
                    row.getLong("usefulness_sum"),
                    row.getLong("recommend_count"),
                    row.getLong("promoters"),
                    row.getLong("detractors")));

    private SurveyDays() {}

    /** The rows of {@code table} (survey_day, or a copy of it) at these desks, in the key's order. */
    public static List<Row> kept(JdbcTemplate jdbc, String table, Collection<Long> desks) {
        return jdbc.query(
                "select * from " + table + " where desk_id in (" + in(desks)
                        + ") order by answered_on, desk_id, market",
                ROW);
    }

    /** The rows survey_day should hold at these desks, grouped from their answers, in the key's order. */
    public static List<Row> counted(JdbcTemplate jdbc, Collection<Long> desks) {
        return jdbc.query(COUNTED.formatted(in(desks)) + " order by answered_on, desk_id, market", ROW);
    }

    /** Writes survey_day's rows of a desk again from its answers: after answers were written or deleted in SQL. */
    public static void recount(JdbcTemplate jdbc, long desk) {
        jdbc.update("delete from survey_day where desk_id = ?", desk);
        jdbc.update("""
                insert into survey_day (answered_on, desk_id, market, answers, satisfaction_sum, welcome_count,
                    welcome_sum, usefulness_count, usefulness_sum, recommend_count, promoters, detractors)
                """ + COUNTED.formatted(desk));
    }

    private static String in(Collection<Long> desks) {
        return desks.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
