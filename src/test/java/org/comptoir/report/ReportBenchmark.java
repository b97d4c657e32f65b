package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final int NAIVE_RUNS = 3;
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
            var slow = time(1, NAIVE_RUNS, () -> reports.report(request, Locale.FRENCH, naive));
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
        lines.add("Worst p95 of a report from the aggregates: **%.1f ms** (target < 300 ms)".formatted(worstP95));
        timeGlance();
        timeSaves();
        lines.add("- Aggregate tables: " + tableSizes());
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
        lines.add("- %,d interactions from %s to %s (%,d picks), generated and aggregated in %.0f s; aggregates rebuilt"
                + " again from the raw rows in %.0f s"
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

    /** A save as the desk does it, and the part of it that keeps the aggregates (the same work, rolled back). */
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
        var save = time(100, 500, () -> {
            var details = visits.save(draft);
            saved.add(details.id());
            return details;
        });
        var example = visits.find(saved.getFirst()).orElseThrow();
        var template = new TransactionTemplate(transactions);
        var keep = time(
                100,
                500,
                () -> template.execute(status -> {
                    outbox.on(new InteractionChanged(null, example));
                    status.setRollbackOnly();
                    return null;
                }));
        lines.add(String.format(
                Locale.ROOT,
                "- Save of an interaction (3 interests, 1 question, 3 picks), whole"
                        + " service call: p50 %.1f / p95 %.1f / p99 %.1f ms; of which keeping the aggregates"
                        + " (%d rows at three grains, one batch per table): p50 %.1f / p95 %.1f / p99 %.1f ms",
                save.percentile(50),
                save.percentile(95),
                save.percentile(99),
                3 * (4 + 4 + 3 + 3 * 3),
                keep.percentile(50),
                keep.percentile(95),
                keep.percentile(99)));
        signIn("director", "ROLE_DIRECTOR");
        for (var id : saved) {
            var details = visits.find(id).orElseThrow();
            visits.delete(id, details.version());
        }
    }

    private String tableSizes() {
        return jdbc.queryForList("""
                        SELECT table_name AS name, table_rows AS approx_rows,
                               ROUND((data_length + index_length) / 1048576) AS mb
                        FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND (table_name LIKE 'report%' OR table_name = 'interaction')
                        ORDER BY table_name""").stream()
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

    private static <T> Timed<T> time(int warmup, int runs, Supplier<T> call) {
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

    private record Timed<T>(T result, long[] nanos) {
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
