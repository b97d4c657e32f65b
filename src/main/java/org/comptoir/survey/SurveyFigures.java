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
 * before. Read from the answers' counts by day, desk and market ({@code survey_day}, kept in each answer's
 * transaction: decision 0034), read in one query and summed by month, desk and market: exact counts and sums, at
 * most four rows a day per desk however many visitors answered. The comments are read from the answers themselves.
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
        // the days' rows summed here rather than by a GROUP BY: MariaDB sums integers as decimals in a temporary
        // table, which took 1.7 times as long for a network's year (58,000 rows at 40 desks; decision 0034)
        var groups = new HashMap<Group, SurveyNumbers>();
        jdbc.query(
                """
                select year(answered_on), month(answered_on), desk_id, market, answers, satisfaction_sum,
                       welcome_count, welcome_sum, usefulness_count, usefulness_sum, recommend_count, promoters,
                       detractors
                from survey_day
                where answered_on between :from and :to and (:everyDesk or desk_id in (:desks))""",
                new MapSqlParameterSource(OfficeScope.sqlDesks(desks))
                        .addValue("from", from)
                        .addValue("to", to),
                row -> {
                    var group = new Group(YearMonth.of(row.getInt(1), row.getInt(2)), row.getLong(3), row.getString(4));
                    var numbers = new SurveyNumbers(
                            row.getLong(5),
                            row.getLong(6),
                            row.getLong(7),
                            row.getLong(8),
                            row.getLong(9),
                            row.getLong(10),
                            row.getLong(11),
                            row.getLong(12),
                            row.getLong(13));
                    groups.merge(group, numbers, SurveyNumbers::plus);
                });
        var total = SurveyNumbers.NONE;
        var notGiven = SurveyNumbers.NONE;
        var byMonth = new TreeMap<YearMonth, SurveyNumbers>();
        var byDesk = new HashMap<Long, SurveyNumbers>();
        var byMarket = new EnumMap<Market, SurveyNumbers>(Market.class);
        var byMonthAndMarket = new TreeMap<YearMonth, Map<Market, SurveyNumbers>>();
        for (var entry : groups.entrySet()) {
            var group = entry.getKey();
            var numbers = entry.getValue();
            total = total.plus(numbers);
            byMonth.merge(group.month(), numbers, SurveyNumbers::plus);
            byDesk.merge(group.desk(), numbers, SurveyNumbers::plus);
            // '' in survey_day: the answers that gave no market
            var market = group.market().isEmpty() ? null : SurveyService.market(group.market());
            if (market == null) {
                notGiven = notGiven.plus(numbers);
            } else {
                byMarket.merge(market, numbers, SurveyNumbers::plus);
                byMonthAndMarket
                        .computeIfAbsent(group.month(), month -> new EnumMap<>(Market.class))
                        .merge(market, numbers, SurveyNumbers::plus);
            }
        }
        return new SurveyPeriodFigures(from, to, total, byMonth, byDesk, byMarket, notGiven, byMonthAndMarket);
    }

    /** What the figures are split by: the month, the desk and the market ('' when not given). */
    private record Group(YearMonth month, long desk, String market) {}
}
