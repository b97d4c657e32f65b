package org.comptoir.report.aggregate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The counts as the reports read them: from the aggregates, a handful of rows per key and period. */
@Component
public class AggregateReads {

    private final JdbcTemplate jdbc;
    private final ReportOutbox outbox;

    AggregateReads(JdbcTemplate jdbc, ReportOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * Live interactions (or picks) from {@code from} to {@code to}, both included, at one desk, by one channel, of
     * one visitor type (each when given), split by {@code dims}: the aggregates plus the changes of the outbox not
     * folded yet, read in one snapshot (a batch folded meanwhile is seen either in the outbox or in the aggregates).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Tally> count(
            AggregateTable table,
            LocalDate from,
            LocalDate to,
            @Nullable Long deskId,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            List<Dim> dims) {
        return read(table, from, to, deskId == null ? null : Set.of(deskId), channel, visitorType, dims);
    }

    /**
     * The same at these desks together (an office's, issue 16): one read of their rows, summed. Every desk when
     * {@code desks} is null: the network's roll-up rows at the month and the year, the desks' rows at the day.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Tally> countAtDesks(
            AggregateTable table,
            LocalDate from,
            LocalDate to,
            @Nullable Set<Long> desks,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            List<Dim> dims) {
        return read(table, from, to, desks, channel, visitorType, dims);
    }

    private List<Tally> read(
            AggregateTable table,
            LocalDate from,
            LocalDate to,
            @Nullable Set<Long> desks,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            List<Dim> dims) {
        table.check(dims);
        var slices = PeriodSlices.of(from, to, table.keepsYears() && !dims.contains(Dim.MONTH));
        if (slices.isEmpty() || (desks != null && desks.isEmpty())) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        var where = new StringBuilder("(");
        for (var slice : slices) {
            if (args.size() > 0) {
                where.append(" OR ");
            }
            // the periods one by one and the desks one by one: the primary key's ranges are then exactly the rows
            // read (a BETWEEN on the period would read every desk's rows of those periods)
            var periods = slice.periods();
            where.append("(grain = ? AND period IN (")
                    .append(String.join(", ", Collections.nCopies(periods.size(), "?")))
                    .append(")");
            args.add(slice.grain().name());
            periods.forEach(period -> args.add(Date.valueOf(period)));
            if (desks != null) {
                where.append(" AND desk_id IN (")
                        .append(String.join(", ", Collections.nCopies(desks.size(), "?")))
                        .append(")");
                args.addAll(new TreeSet<>(desks));
            } else if (slice.grain().rolledUp() && !dims.contains(Dim.DESK)) {
                where.append(" AND desk_id = ").append(AggregateTable.NETWORK);
            } else {
                where.append(" AND desk_id <> ").append(AggregateTable.NETWORK);
            }
            where.append(")");
        }
        where.append(")");
        filters(null, channel, visitorType, "", where, args);
        where.append(table.aggregateCondition(dims));
        var folded = query(
                jdbc,
                dims,
                "SELECT " + select(dims, d -> d.aggregate) + table.aggregateCounts() + " FROM " + table.table
                        + " WHERE " + where + groupBy(dims) + " HAVING SUM(" + table.firstValue() + ") <> 0",
                args);
        var pending = outbox.pending(from, to);
        if (pending.isEmpty()) {
            return folded;
        }
        return withPending(table, from, to, desks, channel, visitorType, dims, folded, pending);
    }

    /** The counts folded so far with the pending changes added, in the order GROUP BY gives them. */
    private static List<Tally> withPending(
            AggregateTable table,
            LocalDate from,
            LocalDate to,
            @Nullable Set<Long> desks,
            @Nullable Channel channel,
            @Nullable VisitorType visitorType,
            List<Dim> dims,
            List<Tally> folded,
            List<ReportOutbox.Change> pending) {
        var sums = new TreeMap<List<String>, long[]>(AggregateReads::compareKeys);
        for (var tally : folded) {
            sums.put(tally.keys(), new long[] {tally.interactions(), tally.persons()});
        }
        for (var change : pending) {
            for (var version : new Counted[] {change.before(), change.after()}) {
                if (version == null
                        || version.day().isBefore(from)
                        || version.day().isAfter(to)
                        || (desks != null && !desks.contains(version.deskId()))
                        || (channel != null && !version.channel().equals(channel.name()))
                        || (visitorType != null && !version.visitorType().equals(visitorType.name()))) {
                    continue;
                }
                var values = table.values.of(version, version == change.before() ? -1 : +1);
                for (var keys : table.keys(version)) {
                    if (!table.read(dims, keys)) {
                        continue;
                    }
                    var group = dims.stream()
                            .map(d -> table.value(d, version, keys))
                            .toList();
                    var sum = sums.computeIfAbsent(group, g -> new long[2]);
                    sum[0] += values[0];
                    sum[1] += values.length > 1 ? values[1] : 0;
                }
            }
        }
        var tallies = new ArrayList<Tally>();
        sums.forEach((keys, sum) -> {
            if (sum[0] != 0) {
                tallies.add(new Tally(dims, keys, sum[0], sum[1]));
            }
        });
        return tallies;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            var order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The first year with interactions, if any (a year whose last one was deleted a second ago may still show). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Integer> firstYear() {
        var folded = jdbc.queryForObject(
                "SELECT MIN(period) FROM " + AggregateTable.ORIGIN.table + " WHERE grain = 'M' AND interactions <> 0",
                Date.class);
        var pending = jdbc.queryForObject("SELECT MIN(day_after) FROM " + ReportOutbox.TABLE, Date.class);
        return Stream.of(folded, pending)
                .filter(Objects::nonNull)
                .map(day -> day.toLocalDate().getYear())
                .min(Integer::compare);
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
