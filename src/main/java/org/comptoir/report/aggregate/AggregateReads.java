package org.comptoir.report.aggregate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The counts as the reports read them: from the aggregates, a handful of rows per key and period. */
@Component
public class AggregateReads {

    private final JdbcTemplate jdbc;

    AggregateReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Live interactions (or picks) from {@code from} to {@code to}, both included, at one desk, by one channel, of
     * one visitor type (each when given), split by {@code dims}.
     */
    public List<Tally> count(
            AggregateTable table,
            LocalDate from,
            LocalDate to,
            @Nullable Long deskId,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            List<Dim> dims) {
        table.check(dims);
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
        filters(deskId, channel, visitorType, "", where, args);
        where.append(table.aggregateCondition(dims));
        return query(
                jdbc,
                dims,
                "SELECT " + select(dims, d -> d.aggregate) + table.aggregateCounts() + " FROM " + table.table
                        + " WHERE " + where + groupBy(dims) + " HAVING SUM(" + table.firstValue() + ") <> 0",
                args);
    }

    /** The first year with interactions, if any. */
    public Optional<Integer> firstYear() {
        var first = jdbc.queryForObject(
                "SELECT MIN(period) FROM " + AggregateTable.ORIGIN.table + " WHERE grain = 'Y' AND interactions <> 0",
                Date.class);
        return Optional.ofNullable(first).map(day -> day.toLocalDate().getYear());
    }

    /** The filters as conditions on the columns of an aggregate table, or of the raw rows ({@code prefix} "i."). */
    public static void filters(
            @Nullable Long deskId,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            String prefix,
            StringBuilder where,
            List<Object> args) {
        if (deskId != null) {
            where.append(" AND ").append(prefix).append("desk_id = ?");
            args.add(deskId);
        }
        if (channel != null) {
            where.append(" AND ").append(prefix).append("channel = ?");
            args.add(channel.name());
        }
        if (visitorType != null) {
            where.append(" AND ").append(prefix).append("visitor_type = ?");
            args.add(visitorType.name());
        }
    }

    public static String select(List<Dim> dims, Function<Dim, String> expression) {
        return dims.stream().map(d -> expression.apply(d) + ", ").collect(Collectors.joining());
    }

    public static String groupBy(List<Dim> dims) {
        if (dims.isEmpty()) {
            return "";
        }
        var positions = new ArrayList<String>();
        for (int i = 1; i <= dims.size(); i++) {
            positions.add(String.valueOf(i));
        }
        return " GROUP BY " + String.join(", ", positions);
    }

    public static List<Tally> query(JdbcTemplate jdbc, List<Dim> dims, String sql, List<Object> args) {
        return jdbc
                .query(
                        sql,
                        (rs, row) -> {
                            var keys = new ArrayList<String>(dims.size());
                            for (int i = 1; i <= dims.size(); i++) {
                                var key = rs.getString(i);
                                keys.add(key == null ? "" : key);
                            }
                            return new Tally(dims, keys, rs.getLong(dims.size() + 1), rs.getLong(dims.size() + 2));
                        },
                        args.toArray())
                .stream()
                .filter(t -> t.interactions() != 0 || t.persons() != 0)
                .toList();
    }
}
