package org.comptoir.survey;

import static org.comptoir.security.AppRoles.MANAGERS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of the satisfaction report, for directors and admins: per period, the answers, the mean satisfaction,
 * welcome and usefulness, and the NPS, in all, by month, by desk and by market, and for the same period a year
 * before. Read straight from the answers, grouped by month, desk and market in one query: exact counts and sums.
 */
@Service
public class SurveyFigures {

    /** Both periods of a report: the one asked for, and the same dates a year before. */
    public record Comparison(SurveyPeriodFigures period, SurveyPeriodFigures lastYear) {}

    private final NamedParameterJdbcTemplate jdbc;

    private final OfficeScope scope;

    SurveyFigures(DataSource dataSource, OfficeScope scope) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.scope = scope;
    }

    /** The period from {@code from} to {@code to} (both included), and the same dates a year before. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public Comparison compare(LocalDate from, LocalDate to, @Nullable Long deskId) {
        return new Comparison(period(from, to, deskId), period(from.minusYears(1), to.minusYears(1), deskId));
    }

    /**
     * The newest answers with a comment from {@code from} to {@code to} (both included), at most {@code limit}: the
     * comments the report shows to read.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<SurveyAnswer> comments(LocalDate from, LocalDate to, @Nullable Long deskId, int limit) {
        return comments(from, to, scope.narrowed(deskId), limit);
    }

    /** The same at these desks (empty: every desk), held to the reader's offices. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<SurveyAnswer> comments(LocalDate from, LocalDate to, Optional<Set<Long>> asked, int limit) {
        var desks = scope.narrowed(asked);
        return jdbc.query(
                """
                select * from survey_answer
                where answered_on between :from and :to and (:everyDesk or desk_id in (:desks)) and comment is not null
                order by answered_on desc, id
                limit :limit""",
                new MapSqlParameterSource(OfficeScope.sqlDesks(desks))
                        .addValue("from", from)
                        .addValue("to", to)
                        .addValue("limit", limit),
                (row, n) -> SurveyService.answer(row));
    }

    /** The figures from {@code from} to {@code to}, both included; one desk's when {@code deskId} is given. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public SurveyPeriodFigures period(LocalDate from, LocalDate to, @Nullable Long deskId) {
        return count(from, to, scope.narrowed(deskId));
    }

    /** The figures at these desks (empty: every desk), held to the reader's offices. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public SurveyPeriodFigures period(LocalDate from, LocalDate to, Optional<Set<Long>> desks) {
        return count(from, to, scope.narrowed(desks));
    }

    private SurveyPeriodFigures count(LocalDate from, LocalDate to, Optional<Set<Long>> desks) {
        var byMonth = new TreeMap<YearMonth, SurveyNumbers>();
        var byDesk = new HashMap<Long, SurveyNumbers>();
        var byMarket = new EnumMap<Market, SurveyNumbers>(Market.class);
        var total = new SurveyNumbers[] {SurveyNumbers.NONE};
        var notGiven = new SurveyNumbers[] {SurveyNumbers.NONE};
        var byMonthAndMarket = new TreeMap<YearMonth, Map<Market, SurveyNumbers>>();
        jdbc.query(
                """
                select year(answered_on) as y, month(answered_on) as m, desk_id, market,
                       count(*) as answers, sum(satisfaction) as satisfaction_sum,
                       count(welcome) as welcome_count, coalesce(sum(welcome), 0) as welcome_sum,
                       count(usefulness) as usefulness_count, coalesce(sum(usefulness), 0) as usefulness_sum,
                       count(recommend) as recommend_count,
                       sum(case when recommend >= :promoter then 1 else 0 end) as promoters,
                       sum(case when recommend <= :detractor then 1 else 0 end) as detractors
                from survey_answer
                where answered_on between :from and :to and (:everyDesk or desk_id in (:desks))
                group by year(answered_on), month(answered_on), desk_id, market""",
                new MapSqlParameterSource(OfficeScope.sqlDesks(desks))
                        .addValue("from", from)
                        .addValue("to", to)
                        .addValue("promoter", SurveyNumbers.PROMOTER_FROM)
                        .addValue("detractor", SurveyNumbers.DETRACTOR_UP_TO),
                row -> {
                    var numbers = new SurveyNumbers(
                            row.getLong("answers"),
                            row.getLong("satisfaction_sum"),
                            row.getLong("welcome_count"),
                            row.getLong("welcome_sum"),
                            row.getLong("usefulness_count"),
                            row.getLong("usefulness_sum"),
                            row.getLong("recommend_count"),
                            row.getLong("promoters"),
                            row.getLong("detractors"));
                    total[0] = total[0].plus(numbers);
                    byMonth.merge(YearMonth.of(row.getInt("y"), row.getInt("m")), numbers, SurveyNumbers::plus);
                    byDesk.merge(row.getLong("desk_id"), numbers, SurveyNumbers::plus);
                    var market = SurveyService.market(row.getString("market"));
                    if (market == null) {
                        notGiven[0] = notGiven[0].plus(numbers);
                    } else {
                        byMarket.merge(market, numbers, SurveyNumbers::plus);
                        byMonthAndMarket
                                .computeIfAbsent(
                                        YearMonth.of(row.getInt("y"), row.getInt("m")),
                                        month -> new EnumMap<>(Market.class))
                                .merge(market, numbers, SurveyNumbers::plus);
                    }
                });
        return new SurveyPeriodFigures(from, to, total[0], byMonth, byDesk, byMarket, notGiven[0], byMonthAndMarket);
    }
}
