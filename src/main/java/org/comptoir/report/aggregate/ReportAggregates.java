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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.comptoir.base.JobLock;
import org.comptoir.base.StartupOrder;
import org.comptoir.visit.InteractionChanged;
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
 * the old version out and puts the new one in) at the day and the month they belong to (and the year), the month
 * and the year also for the whole network ({@link AggregateTable#NETWORK}); after rows are written
 * straight into the tables (a bulk load), {@link #rebuild()} recomputes everything from the raw rows.
 */
@Component
@Order(StartupOrder.REPORT_AGGREGATES)
public class ReportAggregates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportAggregates.class);

    /** The suffixes of a rebuild's fresh tables, and of the tables they replace. */
    private static final String NEXT = "_next";

    private static final String OLD = "_old";

    private final JdbcTemplate jdbc;
    private final ReportOutbox.Lock outboxLock;
    /** A transaction of its own, whatever the caller's. */
    private final TransactionTemplate ownTransaction;
    /**
     * The rebuild's counting: its INSERT … SELECTs read the committed raw rows without locking them (under
     * REPEATABLE READ they would lock every interaction row); nothing commits a change meanwhile (the gate).
     */
    private final TransactionTemplate buildTransaction;

    ReportAggregates(JdbcTemplate jdbc, JobLock jobs, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outboxLock = new ReportOutbox.Lock(jobs);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.buildTransaction = new TransactionTemplate(transactions);
        this.buildTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.buildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
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

    /**
     * The save-time update of ADR 0014 (before the outbox): this change's counts written in the caller's
     * transaction. Only the report benchmark calls it, to set the old design's save beside the new one.
     */
    public void foldInCaller(InteractionChanged change) {
        fold(
                List.of(new ReportOutbox.Change(
                        change.before() == null ? null : Counted.of(change.before()),
                        change.after() == null ? null : Counted.of(change.after()))),
                ReportOutbox.BatchStep.NONE);
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
     * Recomputes every aggregate from the raw rows, e.g. after a bulk load (ADR 0022). The applier is paused (its
     * lock) and the outbox's gate closed (saves wait there before they write their change), the counts are written
     * into fresh copies of the tables, one INSERT … SELECT … GROUP BY over the raw rows per table, and one RENAME
     * puts the copies and an empty outbox in place at once: the changes pending before hold in the raw rows. Runs
     * on connections of its own: never inside a transaction that saved an interaction (it would wait for itself).
     */
    public void rebuild() {
        var started = System.nanoTime();
        outboxLock.run(() -> {
            var tables = new ArrayList<String>();
            for (var table : AggregateTable.values()) {
                tables.add(table.table);
            }
            tables.add(ReportOutbox.TABLE);
            for (var table : tables) {
                jdbc.execute("DROP TABLE IF EXISTS " + table + NEXT);
                jdbc.execute("CREATE TABLE " + table + NEXT + " LIKE " + table);
            }
            ownTransaction.executeWithoutResult(gate -> {
                jdbc.queryForObject("SELECT id FROM " + ReportOutbox.GATE + " WHERE id = 1 FOR UPDATE", Integer.class);
                count();
                var renames = tables.stream()
                        .map(t -> t + " TO " + t + OLD + ", " + t + NEXT + " TO " + t)
                        .collect(Collectors.joining(", "));
                // on a connection of its own: a RENAME commits its transaction first, and the gate must hold till after
                ownTransaction.executeWithoutResult(rename -> jdbc.execute("RENAME TABLE " + renames));
            });
            for (var table : tables) {
                jdbc.execute("DROP TABLE IF EXISTS " + table + OLD);
            }
        });
        log.info("Report aggregates rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Fills the fresh tables, several at once (each on its own connection, behind the closed gate: they all see
     * the same committed rows): per table the days in one pass over the raw rows, then the months from the days.
     */
    private void count() {
        var workers = Math.min(
                AggregateTable.values().length, Math.max(2, Runtime.getRuntime().availableProcessors()));
        try (var pool = Executors.newFixedThreadPool(workers)) {
            var counted = new ArrayList<Future<?>>();
            for (var table : AggregateTable.values()) {
                counted.add(pool.submit(() -> buildTransaction.executeWithoutResult(build -> count(table))));
            }
            for (var table : counted) {
                table.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException("the rebuild failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted", interrupted);
        }
    }

    private void count(AggregateTable table) {
        // the groups of millions of rows are counted in memory; an empty table filled in one transaction without
        // these checks is written as a sorted bulk load, its pages full
        jdbc.execute("SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456,"
                + " unique_checks = 0, foreign_key_checks = 0");
        try {
            var tableStarted = System.nanoTime();
            var days = table.rawSelects.stream()
                    .map(raw -> "SELECT " + AggregateTable.RAW_COMMON_KEYS + ", " + raw.keys() + ", "
                            + table.values.raw + " FROM " + raw.rows() + " WHERE i.deleted = false GROUP BY "
                            + positions(table.keyCount()))
                    .collect(Collectors.joining(" UNION ALL "));
            jdbc.update("INSERT INTO " + table.table + NEXT + " (" + columns(table) + ") " + days);
            rollUp(table, "M", "DATE_FORMAT(period, '%Y-%m-01')", "D");
            if (table.keepsYears()) {
                rollUp(table, "Y", "MAKEDATE(YEAR(period), 1)", "M");
            }
            rollUpNetwork(table);
            log.debug("Rebuilt {} in {} ms", table, (System.nanoTime() - tableStarted) / 1_000_000);
        } finally {
            jdbc.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
        }
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
        jdbc.update("INSERT INTO " + table.table + NEXT + " (" + columns(table) + ") SELECT '" + grain + "', "
                + period + ", desk_id, channel, visitor_type, " + table.keyColumns() + ", " + sums + " FROM "
                + table.table + NEXT + " WHERE grain = '" + from + "' GROUP BY " + positions(table.keyCount()));
    }

    /** The network's rows: the desks' months and years added up, the desk left out (ADR 0033). */
    private void rollUpNetwork(AggregateTable table) {
        var sums = table.values.columns.stream().map(v -> "SUM(" + v + ")").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table.table + NEXT + " (" + columns(table) + ") SELECT grain, period, "
                + AggregateTable.NETWORK + ", channel, visitor_type, " + table.keyColumns() + ", " + sums + " FROM "
                + table.table + NEXT + " WHERE grain IN ('M', 'Y') GROUP BY " + positions(table.keyCount()));
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
        for (var table : AggregateTable.values()) {
            var values = table.values.of(interaction, sign);
            var keys = table.keys(interaction);
            for (var grain : table.grains()) {
                var desks = grain.rolledUp()
                        ? List.of(interaction.deskId(), (long) AggregateTable.NETWORK)
                        : List.of(interaction.deskId());
                for (var desk : desks) {
                    var common = List.<Object>of(
                            grain.name(),
                            Date.valueOf(grain.periodOf(day)),
                            desk,
                            interaction.channel(),
                            interaction.visitorType());
                    for (var key : keys) {
                        deltas.add(table, common, key, values);
                    }
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
