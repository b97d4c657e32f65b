package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.demo.DemoHistoryLoad;
import org.comptoir.demo.DemoHistorySettings;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.report.aggregate.ReportOutbox;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionChanged;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports on ten years of a busy office (docs/benchmarks.md): 2 million interactions, each report timed
 * as the service computes it from the aggregates, side by side with the same report computed naively from the
 * raw rows (GROUP BY on the interaction table), and the cost of keeping the aggregates on a save. Writes
 * target/bench/report-benchmark.md. Run with {@code ./mvnw -Pbench verify -Dtest=ReportBenchmark}.
 */
@Tag("bench")
@ComptoirTest
class ReportBenchmark {

    private static final long ROWS = Long.getLong("comptoir.bench.report-rows", 2_000_000L);
    private static final int WARMUP = 10;
    private static final int RUNS = 40;
    private static final int NAIVE_RUNS = Integer.getInteger("comptoir.bench.naive-runs", 2);
    /**
     * The desk's save: timed in rounds of {@link #SAVE_ROUND}, each design in turn; {@link #SAVES_WARMUP} of each
     * first, until the JIT compiler is done with the save's code (on a small database, a save's p50 was 5 ms in
     * the first hundred after start, 1.3 ms after five thousand), then {@link #SAVES_MEASURED} of each timed.
     */
    private static final int SAVE_ROUND = 100;

    private static final int SAVES_WARMUP = Integer.getInteger("comptoir.bench.saves-warmup", 3_000);
    private static final int SAVES_MEASURED = 1_000;
    private static final int THREADS = 8;
    private static final int CONCURRENT_SECONDS = Integer.getInteger("comptoir.bench.concurrent-seconds", 60);
    private static final Path REPORT = Path.of("target", "bench", "report-benchmark.md");

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportService reports;

    @Autowired
    AggregateFigures aggregates;

    @Autowired
    ReportAggregates keeper;

    @Autowired
    ReportOutbox outbox;

    @Autowired
    VisitService visits;

    @Autowired
    DemoHistoryLoad demo;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    @Autowired
    PlatformTransactionManager transactions;

    private JdbcTemplate jdbc;
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_report_is_timed_on_two_million_interactions_against_the_naive_computation() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        fill(today);
        signIn("director", "ROLE_DIRECTOR");
        var naive = new RawFigures(jdbc);
        var thisYear = today.getYear();
        var requests = new ArrayList<ReportRequest>();
        requests.add(request(
                ReportKind.RECOVERY,
                ReportPeriod.years(2019, thisYear - 1),
                Comparison.referenceYear(2019),
                ReportFilter.ALL));
        for (var kind : ReportKind.values()) {
            requests.add(request(kind, ReportPeriod.year(thisYear - 2), Comparison.previousYear(), ReportFilter.ALL));
            requests.add(request(
                    kind,
                    ReportPeriod.month(YearMonth.of(thisYear - 2, 7)),
                    Comparison.referenceYear(2019),
                    new ReportFilter(null, Channel.DESK, null)));
            requests.add(request(
                    kind,
                    ReportPeriod.custom(LocalDate.of(thisYear - 2, 3, 3), LocalDate.of(thisYear - 2, 5, 12)),
                    Comparison.previousYear(),
                    new ReportFilter(null, null, VisitorType.TOURIST)));
        }
        lines.add("| report | period | filter | comparison | aggregates p50 ms | p95 ms | p99 ms | naive p50 ms"
                + " | naive max ms | ratio (naive p50 / aggregates p50) |");
        lines.add("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
        var worstP95 = 0.0;
        for (var request : requests) {
            var fast = time(WARMUP, RUNS, () -> reports.report(request, Locale.FRENCH, aggregates));
            var slow = time(0, NAIVE_RUNS, () -> reports.report(request, Locale.FRENCH, naive));
            assertThat(fast.result).as("same report both ways: " + request).isEqualTo(slow.result);
            worstP95 = Math.max(worstP95, fast.percentile(95));
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f× |",
                    request.kind().slug(),
                    ReportService.fileSlug(request.period()),
                    filter(request.filter()),
                    request.comparison().kind(),
                    fast.percentile(50),
                    fast.percentile(95),
                    fast.percentile(99),
                    slow.percentile(50),
                    slow.percentile(100),
                    slow.percentile(50) / fast.percentile(50)));
            System.out.println(lines.getLast());
        }
        lines.add("");
        lines.add("Worst p95 of a report from the aggregates: **%.1f ms** (target < 100 ms)".formatted(worstP95));
        timeGlance();
        timeSaves();
        concurrentSaves();
        lines.add("- Aggregate tables: " + tableSizes(jdbc));
        lines.add("- Machine load at the end: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "# Report benchmark\n\n" + String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    private void fill(LocalDate today) throws Exception {
        var started = System.nanoTime();
        var missing = ROWS - jdbc.queryForObject("SELECT COUNT(*) FROM interaction", Long.class);
        if (missing > 0) {
            // the demo history: its desks, counsellors, seasons and picks (a quarter of the desk's conversations);
            // the writer has the aggregates rebuilt
            demo.load(DemoHistorySettings.appending((int) missing, DemoHistorySettings.firstDay(), today.minusDays(1)));
        }
        var filled = (System.nanoTime() - started) / 1e9;
        var rebuildStarted = System.nanoTime();
        keeper.rebuild();
        var rebuilt = (System.nanoTime() - rebuildStarted) / 1e9;
        jdbc.execute("ANALYZE TABLE interaction, interaction_interest, interaction_question, interaction_pick, "
                + Arrays.stream(AggregateTable.values())
                        .map(AggregateTable::tableName)
                        .collect(Collectors.joining(", ")));
        lines.add(("- %,d interactions from %s to %s (%,d picks), generated and aggregated in %.0f s; aggregates"
                        + " rebuilt again from the raw rows in %.1f s")
                .formatted(
                        jdbc.queryForObject("SELECT COUNT(*) FROM interaction", Long.class),
                        jdbc.queryForObject("SELECT MIN(occurred_at) FROM interaction", Object.class),
                        jdbc.queryForObject("SELECT MAX(occurred_at) FROM interaction", Object.class),
                        jdbc.queryForObject("SELECT COUNT(*) FROM interaction_pick", Long.class),
                        filled,
                        rebuilt));
        lines.add("- Machine: %d cores, InnoDB buffer pool %d MB, load before measuring %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) >> 20,
                        Files.readString(Path.of("/proc/loadavg")).strip()));
        lines.add("");
    }

    private void timeGlance() {
        var month = YearMonth.now(clock.withZone(properties.timeZone()));
        var fast = time(WARMUP, RUNS, () -> reports.glance(month, Locale.FRENCH, aggregates));
        var slow = time(1, NAIVE_RUNS, () -> reports.glance(month, Locale.FRENCH, new RawFigures(jdbc)));
        assertThat(fast.result).isEqualTo(slow.result);
        lines.add(String.format(
                Locale.ROOT,
                "- Director's home (glance of %s): p50 %.1f / p95 %.1f ms from the" + " aggregates; naive p50 %.0f ms",
                month,
                fast.percentile(50),
                fast.percentile(95),
                slow.percentile(50)));
    }

    /**
     * A save as the desk does it, with the outbox (ADR 0022) and with today's design before it (ADR 0014: the same
     * save with the aggregate rows upserted in its transaction), and each one's own part alone (rolled back).
     */
    private void timeSaves() {
        signIn("counsellor", "ROLE_COUNSELLOR");
        var interests = Arrays.stream(ids("interest")).limit(3).boxed().collect(Collectors.toSet());
        var picks = Arrays.stream(ids("attraction")).limit(3).boxed().toList();
        var draft = Interactions.draft()
                .adults(2)
                .children(1)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .interestIds(interests)
                .questionIds(Set.of(ids("question_topic")[0]))
                .pickIds(picks)
                .build();
        var saved = new ArrayList<Long>();
        var template = new TransactionTemplate(transactions);
        Supplier<InteractionDetails> withTheOutbox = () -> {
            var details = visits.save(draft);
            saved.add(details.id());
            return details;
        };
        Supplier<InteractionDetails> asBefore = () -> template.execute(status -> {
            var details = saveAsBefore(draft);
            saved.add(details.id());
            return details;
        });
        // in turns, so that both meet the same machine load: first the saves of a process just started (the save's
        // code not yet compiled), then a warm-up until it is, then the saves measured
        var outboxSaves = new ArrayList<Long>();
        var inTransactionSaves = new ArrayList<Long>();
        var coldOutbox = time(0, SAVE_ROUND, withTheOutbox);
        var coldBefore = time(0, SAVE_ROUND, asBefore);
        for (int round = 1; round < (SAVES_WARMUP + SAVES_MEASURED) / SAVE_ROUND; round++) {
            var outboxRound = time(0, SAVE_ROUND, withTheOutbox);
            var oldRound = time(0, SAVE_ROUND, asBefore);
            if (round * SAVE_ROUND >= SAVES_WARMUP) {
                outboxSaves.addAll(Arrays.stream(outboxRound.nanos).boxed().toList());
                inTransactionSaves.addAll(Arrays.stream(oldRound.nanos).boxed().toList());
            }
        }
        var withOutbox = new Timed<>(
                null, outboxSaves.stream().mapToLong(Long::longValue).toArray());
        var withUpserts = new Timed<>(
                null, inTransactionSaves.stream().mapToLong(Long::longValue).toArray());
        var example = visits.find(saved.getFirst()).orElseThrow();
        var outboxPart = time(
                100,
                500,
                () -> template.execute(status -> {
                    outbox.on(new InteractionChanged(null, example));
                    status.setRollbackOnly();
                    return null;
                }));
        var upsertPart = time(
                100,
                500,
                () -> template.execute(status -> {
                    keeper.foldInCaller(new InteractionChanged(null, example));
                    status.setRollbackOnly();
                    return null;
                }));
        outbox.foldPending();
        lines.add("");
        lines.add(("Saving an interaction (3 interests, 1 question, 3 picks), the whole service call as the counsellor,"
                        + " %,d of each design in turns after %,d of each to warm up (the first %d of each, the process"
                        + " just started, on the last two lines):")
                .formatted(SAVES_MEASURED, SAVES_WARMUP, SAVE_ROUND));
        lines.add("");
        lines.add("| design | save p50 ms | p95 ms | p99 ms | its own part p50 ms | p99 ms |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        lines.add(String.format(
                Locale.ROOT,
                "| outbox (one row in the save's transaction) | %.1f | %.1f | %.1f | %.2f | %.2f |",
                withOutbox.percentile(50),
                withOutbox.percentile(95),
                withOutbox.percentile(99),
                outboxPart.percentile(50),
                outboxPart.percentile(99)));
        lines.add(String.format(
                Locale.ROOT,
                "| before: aggregates upserted in the save's transaction (%d rows: the desk's day, month and year,"
                        + " the network's month and year) | %.1f | %.1f | %.1f | %.2f | %.2f |",
                // 20 keys per grain (origin 1, stay 1, topics 4, staff 1, hours 1, picks 3 × (1 + 3 interests)),
                // 17 of them kept at the year (not stay, staff, hours)
                3 * 20 + 2 * 17,
                withUpserts.percentile(50),
                withUpserts.percentile(95),
                withUpserts.percentile(99),
                upsertPart.percentile(50),
                upsertPart.percentile(99)));
        lines.add(String.format(
                Locale.ROOT,
                "| outbox, the first %d saves after start | %.1f | %.1f | %.1f | | |",
                SAVE_ROUND,
                coldOutbox.percentile(50),
                coldOutbox.percentile(95),
                coldOutbox.percentile(99)));
        lines.add(String.format(
                Locale.ROOT,
                "| before, the first %d saves after start | %.1f | %.1f | %.1f | | |",
                SAVE_ROUND,
                coldBefore.percentile(50),
                coldBefore.percentile(95),
                coldBefore.percentile(99)));
        lines.add("");
        signIn("director", "ROLE_DIRECTOR");
        for (var id : saved) {
            var details = visits.find(id).orElseThrow();
            visits.delete(id, details.version());
        }
        outbox.foldPending();
    }

    /**
     * Eight counsellors saving at once at the main desk for a while, varied visitors, with the applier folding
     * every second beside them; then the same with today's design (the upserts in each save's transaction).
     */
    private void concurrentSaves() throws Exception {
        lines.add("%d threads saving at once for %d s each (varied visitors, today, the main desk):"
                .formatted(THREADS, CONCURRENT_SECONDS));
        lines.add("");
        lines.add("| design | saves | saves/s | p50 ms | p99 ms | max ms | failed | deadlocks (InnoDB) |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|");
        var folding = new long[2];
        concurrentRun("outbox, applier folding every second", false, folding);
        // the same table: today's design next, then what the applier did
        concurrentRun("before: aggregates upserted in each save's transaction", true, new long[2]);
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "- Folding while they saved: %,d changes in %.1f s of folding, **%,.0f changes/s** (batches of %d,"
                        + " one transaction each)",
                folding[0],
                folding[1] / 1e9,
                folding[0] / (folding[1] / 1e9),
                500));
        // a backlog folded alone: the changes of a busy hour
        signIn("counsellor", "ROLE_COUNSELLOR");
        var random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            visits.save(variedDraft(random));
        }
        var started = System.nanoTime();
        var backlog = outbox.foldPending();
        var seconds = (System.nanoTime() - started) / 1e9;
        lines.add(String.format(
                Locale.ROOT,
                "- A backlog of %,d changes folded alone in %.2f s: **%,.0f changes/s**",
                backlog,
                seconds,
                backlog / seconds));
        lines.add("");
    }

    private void concurrentRun(String design, boolean upsertsInSave, long[] folding) throws Exception {
        var deadlocksBefore = innodbDeadlocks();
        var end = System.nanoTime() + CONCURRENT_SECONDS * 1_000_000_000L;
        var template = new TransactionTemplate(transactions);
        var times = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicLong();
        var stop = new AtomicBoolean();
        var applier = new Thread(() -> {
            while (!stop.get()) {
                var t0 = System.nanoTime();
                var folded = outbox.foldPending();
                if (folded > 0) {
                    folding[0] += folded;
                    folding[1] += System.nanoTime() - t0;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (!upsertsInSave) {
            applier.start();
        }
        try (var threads = Executors.newFixedThreadPool(THREADS)) {
            var started = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                var seed = t;
                threads.submit(() -> {
                    signIn("counsellor", "ROLE_COUNSELLOR");
                    var random = new Random(seed);
                    while (System.nanoTime() < end) {
                        var draft = variedDraft(random);
                        var t0 = System.nanoTime();
                        try {
                            if (upsertsInSave) {
                                template.executeWithoutResult(status -> saveAsBefore(draft));
                            } else {
                                visits.save(draft);
                            }
                            times.add(System.nanoTime() - t0);
                        } catch (RuntimeException failed) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            threads.shutdown();
            threads.awaitTermination(CONCURRENT_SECONDS + 120, TimeUnit.SECONDS);
            var elapsed = (System.nanoTime() - started) / 1e9;
            stop.set(true);
            applier.join();
            var timed =
                    new Timed<>(null, times.stream().mapToLong(Long::longValue).toArray());
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.0f | %.1f | %.1f | %.1f | %d | %d |",
                    design,
                    times.size(),
                    times.size() / elapsed,
                    timed.percentile(50),
                    timed.percentile(99),
                    timed.percentile(100),
                    failures.get(),
                    innodbDeadlocks() - deadlocksBefore));
        }
    }

    /**
     * Today's design before the outbox, in the caller's transaction: the save, and its aggregate rows upserted at
     * once; its outbox row is taken out again (the same connection's last insert), so that it is not counted twice.
     */
    private InteractionDetails saveAsBefore(InteractionDraft draft) {
        var details = visits.save(draft);
        keeper.foldInCaller(new InteractionChanged(null, details));
        jdbc.update("DELETE FROM report_outbox WHERE id = LAST_INSERT_ID()");
        return details;
    }

    private InteractionDraft variedDraft(Random random) {
        var countries = new String[] {"FR", "FR", "FR", "DE", "GB", "NL", "BE", "ES", "IT", "US", "JP", "CH"};
        var interests = ids("interest");
        var questions = ids("question_topic");
        var attractions = ids("attraction");
        var chosen = new LinkedHashSet<Long>();
        for (int i = random.nextInt(4); i > 0; i--) {
            chosen.add(interests[random.nextInt(interests.length)]);
        }
        var picks = new ArrayList<Long>();
        for (int i = random.nextInt(4); i > 0; i--) {
            picks.add(attractions[random.nextInt(Math.min(40, attractions.length))]);
        }
        return Interactions.draft()
                .adults(1 + random.nextInt(3))
                .children(random.nextInt(3))
                .channel(Channel.values()[random.nextInt(Channel.values().length)])
                .visitorType(VisitorType.values()[random.nextInt(VisitorType.values().length)])
                .country(countries[random.nextInt(countries.length)])
                .stayLength(StayLength.values()[random.nextInt(StayLength.values().length)])
                .interestIds(chosen)
                .questionIds(Set.of(questions[random.nextInt(questions.length)]))
                .pickIds(picks.stream().distinct().toList())
                .build();
    }

    private long innodbDeadlocks() {
        return jdbc.queryForList("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'").stream()
                .mapToLong(r -> Long.parseLong(String.valueOf(r.get("Value"))))
                .sum();
    }

    /** The aggregate and raw interaction tables' sizes, after ANALYZE: one line for docs/benchmarks.md. */
    static String tableSizes(JdbcTemplate jdbc) {
        jdbc.execute("ANALYZE TABLE interaction, interaction_interest, interaction_question, interaction_pick, "
                + "interaction_outcome, "
                + Arrays.stream(AggregateTable.values())
                        .map(AggregateTable::tableName)
                        .collect(Collectors.joining(", ")));
        var rows = jdbc.queryForList("""
                SELECT table_name AS name, table_rows AS approx_rows,
                       ROUND((data_length + index_length) / 1048576) AS mb
                FROM information_schema.tables
                WHERE table_schema = DATABASE()
                  AND (table_name LIKE 'report%' OR (table_name LIKE 'interaction%' AND table_name <> 'interaction_audit'))
                ORDER BY table_name""");
        long aggregates = 0;
        long raw = 0;
        for (var row : rows) {
            var mb = ((Number) row.get("mb")).longValue();
            if (String.valueOf(row.get("name")).startsWith("report")) {
                aggregates += mb;
            } else {
                raw += mb;
            }
        }
        return "**%,d MB of aggregates against %,d MB of raw interaction tables**: ".formatted(aggregates, raw)
                + rows.stream()
                        .map(r -> "%s ≈%s rows %s MB".formatted(r.get("name"), r.get("approx_rows"), r.get("mb")))
                        .collect(Collectors.joining(", "));
    }

    private static ReportRequest request(
            ReportKind kind, ReportPeriod period, Comparison comparison, ReportFilter filter) {
        return new ReportRequest(kind, period, filter, comparison, false);
    }

    private static String filter(ReportFilter filter) {
        return filter.channel() != null
                ? "channel " + filter.channel()
                : filter.visitorType() != null ? "visitor type " + filter.visitorType() : "none";
    }

    static <T> Timed<T> time(int warmup, int runs, Supplier<T> call) {
        T result = null;
        for (int i = 0; i < warmup; i++) {
            result = call.get();
        }
        var nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            var t0 = System.nanoTime();
            result = call.get();
            nanos[i] = System.nanoTime() - t0;
        }
        return new Timed<>(result, nanos);
    }

    record Timed<T>(T result, long[] nanos) {
        double percentile(double p) {
            var sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }

    private long[] ids(String table) {
        return jdbc.queryForList("SELECT id FROM " + table + " ORDER BY id", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private static void signIn(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(username, "", role));
        SecurityContextHolder.setContext(context);
    }
}
