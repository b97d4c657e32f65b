package org.comptoir.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts computed the naive way, straight from the raw interaction rows with GROUP BY: what the
 * exactness test checks the aggregates against, and what the benchmark compares their speed with. The counts
 * imported from before Comptoir are added the naive way too, straight from their table: the months that lie
 * wholly within the range, where their detail answers the count ({@link PastCountFigures#answers}).
 */
class RawFigures implements Figures {

    /** The imported counts' columns, as text. */
    private static final Map<Dim, String> PAST = Map.of(
            Dim.YEAR, "CAST(YEAR(month) AS CHAR)",
            Dim.MONTH, "DATE_FORMAT(month, '%Y-%m')",
            Dim.DESK, "CAST(desk_id AS CHAR)",
            Dim.CHANNEL, "channel",
            Dim.COUNTRY, "country",
            Dim.DEPARTEMENT, "departement");

    private final JdbcTemplate jdbc;
    private final boolean withImported;

    RawFigures(JdbcTemplate jdbc) {
        this(jdbc, true);
    }

    private RawFigures(JdbcTemplate jdbc, boolean withImported) {
        this.jdbc = jdbc;
        this.withImported = withImported;
    }

    @Override
    public List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        table.check(dims);
        var args = new ArrayList<Object>();
        var where = new StringBuilder("i.deleted = false AND i.occurred_at >= ? AND i.occurred_at < ?");
        args.add(Timestamp.valueOf(from.atStartOfDay()));
        args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        AggregateReads.filters(filter.deskId(), filter.channel(), filter.visitorType(), "i.", where, args);
        var logged = AggregateReads.query(
                jdbc,
                dims,
                "SELECT " + AggregateReads.select(dims, Dim::raw) + table.rawCounts() + " FROM " + table.rawRows(dims)
                        + " WHERE " + where + AggregateReads.groupBy(dims),
                args);
        if (!withImported || !PastCountFigures.answers(table, dims, filter)) {
            return logged;
        }
        return PastCountFigures.merge(dims, logged, imported(from, to, filter, dims));
    }

    @Override
    public Figures loggedOnly() {
        return new RawFigures(jdbc, false);
    }

    private List<Tally> imported(LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        var args = new ArrayList<Object>();
        var where = new StringBuilder("month >= ? AND LAST_DAY(month) <= ?");
        args.add(Date.valueOf(from));
        args.add(Date.valueOf(to));
        AggregateReads.filters(filter.deskId(), filter.channel(), null, "", where, args);
        var select = dims.stream().map(d -> PAST.get(d) + ", ").collect(Collectors.joining());
        return AggregateReads.query(
                jdbc,
                dims,
                "SELECT " + select + "SUM(interactions), SUM(persons) FROM past_count WHERE " + where
                        + AggregateReads.groupBy(dims),
                args);
    }
}
