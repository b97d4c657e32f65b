package org.comptoir.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.Dim;
import org.comptoir.report.aggregate.Tally;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts computed the naive way, straight from the raw interaction rows with GROUP BY: what the
 * exactness test checks the aggregates against, and what the benchmark compares their speed with.
 */
class RawFigures implements Figures {

    private final JdbcTemplate jdbc;

    RawFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tally> count(AggregateTable table, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        table.check(dims);
        var args = new ArrayList<Object>();
        var where = new StringBuilder("i.deleted = false AND i.occurred_at >= ? AND i.occurred_at < ?");
        args.add(Timestamp.valueOf(from.atStartOfDay()));
        args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        AggregateReads.filters(filter.deskId(), filter.channel(), filter.visitorType(), "i.", where, args);
        return AggregateReads.query(
                jdbc,
                dims,
                "SELECT " + AggregateReads.select(dims, Dim::raw) + table.rawCounts() + " FROM " + table.rawRows(dims)
                        + " WHERE " + where + AggregateReads.groupBy(dims),
                args);
    }
}
