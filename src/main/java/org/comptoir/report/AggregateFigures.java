package org.comptoir.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The counts as the reports read them: from the aggregates, a handful of rows per key and period. */
@Component
class AggregateFigures implements Figures {

    private final JdbcTemplate jdbc;

    AggregateFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tally> count(Source source, LocalDate from, LocalDate to, ReportFilter filter, List<Dim> dims) {
        source.check(dims);
        var years = dims.stream().allMatch(d -> d.byYear);
        var slices = PeriodSlices.of(from, to, years);
        if (slices.isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        var where = new StringBuilder("(");
        for (var slice : slices) {
            if (args.size() > 0) {
                where.append(" OR ");
            }
            where.append("(grain = ? AND period BETWEEN ? AND ?)");
            args.add(slice.grain().name());
            args.add(Date.valueOf(slice.first()));
            args.add(Date.valueOf(slice.last()));
        }
        where.append(")");
        filters(filter, where, args);
        if (source == Source.PICK) {
            // a pick is held once with interest 0 and once more per interest of the visitor
            where.append(dims.contains(Dim.INTEREST) ? " AND interest_id <> 0" : " AND interest_id = 0");
        }
        var values = source == Source.PICK ? "SUM(picks), 0" : "SUM(interactions), SUM(persons)";
        return query(jdbc, dims, "SELECT " + select(dims, d -> d.aggregate) + values + " FROM " + source.table
                + " WHERE " + where + groupBy(dims) + " HAVING SUM(" + (source == Source.PICK ? "picks" : "interactions")
                + ") <> 0", args);
    }

    private static void filters(ReportFilter filter, StringBuilder where, List<Object> args) {
        if (filter.deskId() != null) {
            where.append(" AND desk_id = ?");
            args.add(filter.deskId());
        }
        if (filter.channel() != null) {
            where.append(" AND channel = ?");
            args.add(filter.channel().name());
        }
        if (filter.visitorType() != null) {
            where.append(" AND visitor_type = ?");
            args.add(filter.visitorType().name());
        }
    }

    static String select(List<Dim> dims, java.util.function.Function<Dim, String> expression) {
        return dims.stream().map(d -> expression.apply(d) + ", ").collect(Collectors.joining());
    }

    static String groupBy(List<Dim> dims) {
        if (dims.isEmpty()) {
            return "";
        }
        var positions = new ArrayList<String>();
        for (int i = 1; i <= dims.size(); i++) {
            positions.add(String.valueOf(i));
        }
        return " GROUP BY " + String.join(", ", positions);
    }

    static List<Tally> query(JdbcTemplate jdbc, List<Dim> dims, String sql, List<Object> args) {
        return jdbc.query(sql, (rs, row) -> {
            var keys = new ArrayList<String>(dims.size());
            for (int i = 1; i <= dims.size(); i++) {
                var key = rs.getString(i);
                keys.add(key == null ? "" : key);
            }
            return new Tally(List.copyOf(keys), rs.getLong(dims.size() + 1), rs.getLong(dims.size() + 2));
        }, args.toArray()).stream().filter(t -> t.interactions() != 0 || t.persons() != 0).toList();
    }
}
