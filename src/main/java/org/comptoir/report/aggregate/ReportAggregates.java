package org.comptoir.report.aggregate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comptoir.base.StartupOrder;
import org.comptoir.visit.InteractionsWrittenInBulk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the report aggregates: the changes of a batch of the outbox folded in ({@link ReportOutbox}: an edit takes
 * the old version out and puts the new one in) at the day, month and year they belong to; after rows are written
 * straight into the tables (a bulk load), {@link #rebuild()} recomputes everything from the raw rows.
 */
@Component
@Order(StartupOrder.REPORT_AGGREGATES)
public class ReportAggregates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportAggregates.class);

    private final JdbcTemplate jdbc;
    /**
     * The rebuild's transaction: its INSERT … SELECTs read the committed raw rows without locking them (under
     * REPEATABLE READ they would lock every interaction row); nothing commits a change meanwhile (the gate).
     */
    private final TransactionTemplate readCommitted;

    ReportAggregates(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readCommitted = new TransactionTemplate(transactions);
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Adds the counts of these changes to the aggregates, in the caller's transaction (a batch of the outbox): the
     * old versions' counts out, the new ones' in, summed over the batch, one batched upsert per table. Tables in
     * the order {@link AggregateTable} declares them, keys in primary-key order (ADR 0014). {@code step} hears of
     * each table written (the crash test throws there).
     */
    void fold(Collection<ReportOutbox.Change> changes, ReportOutbox.BatchStep step) {
        var deltas = new Deltas();
        for (var change : changes) {
            if (change.before() != null) {
                add(deltas, change.before(), -1);
            }
            if (change.after() != null) {
                add(deltas, change.after(), +1);
            }
        }
        for (var table : AggregateTable.values()) {
            var rows = deltas.getOrDefault(table, Map.of());
            var batch = rows.entrySet().stream()
                    .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                    .sorted(Map.Entry.comparingByKey(ReportAggregates::compareKeys))
                    .map(e -> {
                        var args = new ArrayList<Object>(e.getKey());
                        for (var value : e.getValue()) {
                            args.add(value);
                        }
                        return args.toArray();
                    })
                    .toList();
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(upsert(table), batch);
            }
            step.written(table);
        }
    }

    private static String upsert(AggregateTable table) {
        var marks = String.join(", ", Collections.nCopies(table.keyCount() + table.values.columns.size(), "?"));
        var updates = table.values.columns.stream()
                .map(v -> v + " = " + v + " + VALUES(" + v + ")")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table.table + " (" + columns(table) + ") VALUES (" + marks
                + ") ON DUPLICATE KEY UPDATE " + updates;
    }

    private static String columns(AggregateTable table) {
        return AggregateTable.COMMON_KEYS + ", " + table.keyColumns() + ", " + table.valueColumns();
    }

    /** Rows written around the desk's service (the demo history, a benchmark): counted again from the raw rows. */
    @EventListener
    void on(InteractionsWrittenInBulk written) {
        rebuild();
    }

    /**
     * Recomputes every aggregate from the raw rows, e.g. after a bulk load, in one transaction that closes the
     * outbox's gate first: saves wait at the gate before they write their change, the applier before its next
     * batch, and the changes already in the outbox are dropped, since the raw rows hold them (ADR 0022).
     */
    public void rebuild() {
        readCommitted.executeWithoutResult(status -> {
            var started = System.nanoTime();
            jdbc.queryForObject("SELECT id FROM " + ReportOutbox.GATE + " WHERE id = 1 FOR UPDATE", Integer.class);
            jdbc.update("DELETE FROM " + ReportOutbox.TABLE);
            // the groups of millions of rows are counted in memory, not in temporary tables on disk
            jdbc.execute("SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456");
            for (var table : AggregateTable.values()) {
                jdbc.update("DELETE FROM " + table.table);
            }
            for (var table : AggregateTable.values()) {
                for (var raw : table.rawSelects) {
                    var tableStarted = System.nanoTime();
                    jdbc.update("INSERT INTO " + table.table + " (" + columns(table) + ") SELECT "
                            + AggregateTable.RAW_COMMON_KEYS + ", " + raw.keys() + ", " + table.values.raw + " FROM "
                            + raw.rows() + " WHERE i.deleted = false GROUP BY " + positions(table.keyCount()));
                    log.debug("Rebuilt the days of {} in {} ms", table, (System.nanoTime() - tableStarted) / 1_000_000);
                }
                rollUp(table, "M", "DATE_FORMAT(period, '%Y-%m-01')", "D");
                rollUp(table, "Y", "MAKEDATE(YEAR(period), 1)", "M");
            }
            log.info("Report aggregates rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** A database that had interactions before the aggregates existed gets them at start. */
    @Override
    public void run(ApplicationArguments args) {
        var aggregated =
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + AggregateTable.ORIGIN.table + ")", Boolean.class);
        var live =
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM interaction WHERE deleted = false)", Boolean.class);
        if (Boolean.FALSE.equals(aggregated) && Boolean.TRUE.equals(live)) {
            rebuild();
        }
    }

    private void rollUp(AggregateTable table, String grain, String period, String from) {
        var sums = table.values.columns.stream().map(v -> "SUM(" + v + ")").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table.table + " (" + columns(table) + ") SELECT '" + grain + "', " + period
                + ", desk_id, channel, visitor_type, " + table.keyColumns() + ", " + sums + " FROM " + table.table
                + " WHERE grain = '" + from + "' GROUP BY " + positions(table.keyCount()));
    }

    private static String positions(int count) {
        var positions = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            positions.add(String.valueOf(i));
        }
        return String.join(", ", positions);
    }

    private static void add(Deltas deltas, Counted interaction, int sign) {
        var day = interaction.day();
        for (var grain : Grain.values()) {
            var common = List.<Object>of(
                    grain.name(),
                    Date.valueOf(grain.periodOf(day)),
                    interaction.deskId(),
                    interaction.channel(),
                    interaction.visitorType());
            for (var table : AggregateTable.values()) {
                var values = table.values.of(interaction, sign);
                for (var keys : table.keys(interaction)) {
                    deltas.add(table, common, keys, values);
                }
            }
        }
    }

    /** Keys in the order of the table's primary key: each column's values compared as they are. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            var order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /**
     * The changes to write, per table: the full key → the values to add. Tables in the order of {@link AggregateTable},
     * whichever the interaction touched first (ADR 0014).
     */
    private static final class Deltas extends EnumMap<AggregateTable, Map<List<Object>, long[]>> {

        Deltas() {
            super(AggregateTable.class);
        }

        void add(AggregateTable table, List<Object> common, List<Object> keys, long[] values) {
            var key = new ArrayList<Object>(common);
            key.addAll(keys);
            var sums = computeIfAbsent(table, t -> new HashMap<>())
                    .computeIfAbsent(List.copyOf(key), k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
            }
        }
    }
}
