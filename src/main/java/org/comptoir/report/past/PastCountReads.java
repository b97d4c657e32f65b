package org.comptoir.report.past;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ImportedMonths;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The imported counts as the reports read them: by month, desk, channel, country and département, over the whole
 * months of a range (a month is counted whole or not at all: its counts cannot be cut into days). Also the months
 * that hold some, for the reports' notices, and for the desk, which logs nothing into them.
 */
@Component
public class PastCountReads implements ImportedMonths {

    /** What the imported counts can be split by. */
    public static final Set<Dim> DIMS =
            EnumSet.of(Dim.YEAR, Dim.MONTH, Dim.DESK, Dim.CHANNEL, Dim.COUNTRY, Dim.DEPARTEMENT);

    private final JdbcTemplate jdbc;

    PastCountReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The imported interactions and persons of the whole months from {@code from} to {@code to}, at one desk and
     * by one channel (each when given), split by {@code dims} (among {@link #DIMS}).
     */
    public List<Tally> count(
            LocalDate from, LocalDate to, @Nullable Long deskId, @Nullable Channel channel, List<Dim> dims) {
        for (var dim : dims) {
            if (!DIMS.contains(dim)) {
                throw new IllegalArgumentException("imported counts cannot be split by " + dim);
            }
        }
        var first = firstWholeMonth(from);
        var last = lastWholeMonth(to);
        if (first.isAfter(last)) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        var where = new StringBuilder("month BETWEEN ? AND ?");
        args.add(Date.valueOf(first.atDay(1)));
        args.add(Date.valueOf(last.atDay(1)));
        if (deskId != null) {
            where.append(" AND desk_id = ?");
            args.add(deskId);
        }
        if (channel != null) {
            where.append(" AND channel = ?");
            args.add(channel.name());
        }
        return AggregateReads.query(
                jdbc,
                dims,
                "SELECT " + AggregateReads.select(dims, PastCountReads::expression)
                        + "SUM(interactions), SUM(persons) FROM past_count WHERE " + where
                        + AggregateReads.groupBy(dims),
                args);
    }

    /** The months that hold imported counts (at one desk, when given) and overlap {@code from}–{@code to}. */
    public List<YearMonth> months(LocalDate from, LocalDate to, @Nullable Long deskId) {
        var args = new ArrayList<Object>();
        args.add(Date.valueOf(from.withDayOfMonth(1)));
        args.add(Date.valueOf(to.withDayOfMonth(1)));
        var desk = "";
        if (deskId != null) {
            desk = " AND desk_id = ?";
            args.add(deskId);
        }
        return jdbc.query(
                "SELECT DISTINCT month FROM past_count_month WHERE month BETWEEN ? AND ?" + desk + " ORDER BY month",
                (rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()),
                args.toArray());
    }

    /** The first year with imported counts, if any. */
    public Optional<Integer> firstYear() {
        var first = jdbc.queryForObject("SELECT MIN(month) FROM past_count_month", Date.class);
        return Optional.ofNullable(first).map(day -> day.toLocalDate().getYear());
    }

    @Override
    public boolean holds(long deskId, YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM past_count_month WHERE desk_id = ? AND month = ?)",
                Boolean.class,
                deskId,
                Date.valueOf(month.atDay(1))));
    }

    /** The first month wholly within a range starting on {@code from}. */
    public static YearMonth firstWholeMonth(LocalDate from) {
        var month = YearMonth.from(from);
        return from.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    /** The last month wholly within a range ending on {@code to}. */
    public static YearMonth lastWholeMonth(LocalDate to) {
        var month = YearMonth.from(to);
        return to.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    private static String expression(Dim dim) {
        return switch (dim) {
            case YEAR -> "CAST(YEAR(month) AS CHAR)";
            case MONTH -> "DATE_FORMAT(month, '%Y-%m')";
            case DESK -> "CAST(desk_id AS CHAR)";
            case CHANNEL -> "channel";
            case COUNTRY -> "country";
            case DEPARTEMENT -> "departement";
            default -> throw new IllegalArgumentException("imported counts cannot be split by " + dim);
        };
    }
}
