package org.comptoir.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    public List<Tally> count(Source source, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        source.check(dims);
        var rows = source.rawRows;
        if (source == Source.PICK && dims.contains(Dim.INTEREST)) {
            rows += " JOIN interaction_interest x ON x.interaction_id = i.id";
        }
        var args = new ArrayList<Object>();
        var where = new StringBuilder("i.deleted = false AND i.occurred_at >= ? AND i.occurred_at < ?");
        args.add(Timestamp.valueOf(from.atStartOfDay()));
        args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        if (filter.deskId() != null) {
            where.append(" AND i.desk_id = ?");
            args.add(filter.deskId());
        }
        if (filter.channel() != null) {
            where.append(" AND i.channel = ?");
            args.add(filter.channel().name());
        }
        if (filter.visitorType() != null) {
            where.append(" AND i.visitor_type = ?");
            args.add(filter.visitorType().name());
        }
        var values = source == Source.PICK ? "COUNT(*), 0" : "COUNT(*), SUM(i.adults + i.children)";
        return AggregateFigures.query(jdbc, dims, "SELECT " + AggregateFigures.select(dims, d -> d.raw) + values
                + " FROM " + rows + " WHERE " + where + AggregateFigures.groupBy(dims), args);
    }
}
