package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.demo.DemoHistoryLoad;
import org.comptoir.demo.DemoHistorySettings;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.HistoryFilter;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the desk holds up under years of history (docs/benchmarks.md): fills the interaction table with
 * generated interactions, 1 million then 5 million, and times what counsellors and directors do all day —
 * saving an interaction, a month of history, today's list. It measures and reports
 * (target/bench/desk-benchmark.md); the targets are for a person to read, the assertions only catch a
 * broken measurement. Excluded from the normal build; run it with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@ComptoirTest
class DeskBenchmark {

    /** Table sizes to measure at; {@code -Dcomptoir.bench.sizes=20000,50000} for a quick try. */
    private static final long[] SIZES = Arrays.stream(System.getProperty("comptoir.bench.sizes", "1000000,5000000")
                    .split(","))
            .mapToLong(s -> Long.parseLong(s.strip()))
            .toArray();

    private static final int TODAY_ROWS = 300;
    private static final int SAVE_WARMUP = 200;
    private static final int SAVES = 1_000;
    private static final int READ_WARMUP = 50;
    private static final int READS = 200;
    /** The first round also warms the JIT up: the application's code paths run for the first time. */
    private static final int FIRST_ROUND_WARMUP_FACTOR = 5;

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    private static final LocalDate MONTH = LocalDate.of(2024, 7, 1);
    private static final Path REPORT = Path.of("target", "bench", "desk-benchmark.md");

    @Autowired
    DataSource dataSource;

    @Autowired
    VisitService visits;

    @Autowired
    DemoHistoryLoad demo;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    private JdbcTemplate jdbc;
    private int warmupFactor = FIRST_ROUND_WARMUP_FACTOR;
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_desk_is_timed_with_one_and_five_million_interactions() throws Exception {
        var started = System.nanoTime();
        jdbc = new JdbcTemplate(dataSource);
        var mainDesk = jdbc.queryForObject("SELECT id FROM desk WHERE code = 'MAIN'", Long.class);
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        // the demo history's day: most of it at the main desk
        demo.load(DemoHistorySettings.appending(2 * TODAY_ROWS, today, today));

        for (var size : SIZES) {
            var missing = size - interactionCount();
            var childrenBefore = childRows();
            var fillStarted = System.nanoTime();
            // generated, written, and the report aggregates rebuilt (the writer's event)
            var written = demo.load(DemoHistorySettings.appending(
                            (int) missing, DemoHistorySettings.firstDay(), today.minusDays(1)))
                    .written();
            var seconds = (System.nanoTime() - fillStarted) / 1e9;
            var children = childRows() - childrenBefore;
            jdbc.execute("ANALYZE TABLE interaction, interaction_interest, interaction_question, interaction_outcome");
            var settling = settle();
            assertThat(interactionCount()).as("rows in the table").isEqualTo(size);
            notes.add(("Filled %,d → %,d interactions, with %,d interest, question and outcome rows, in %.0f s:"
                            + " **%,.0f interactions/s** (%,.0f rows/s in all; the report aggregates' rebuild included); then %.0f s for InnoDB to write the loaded"
                            + " pages back before measuring")
                    .formatted(
                            size - written,
                            size,
                            children,
                            seconds,
                            written / seconds,
                            (written + children) / seconds,
                            settling));

            notes.add("%,d rows: machine load before measuring: %s".formatted(size, loadAverage()));
            timeToday(size, mainDesk);
            var month = HistoryFilter.month(MONTH);
            var monthName = MONTH.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            timeHistory(size, month, "history, " + monthName);
            timeHistory(
                    size,
                    new HistoryFilter(month.from(), month.to(), null, null, "DE", null, null),
                    "history, " + monthName + ", country DE");
            timeHistory(
                    size,
                    new HistoryFilter(month.from(), month.to(), mainDesk, null, null, null, null),
                    "history, " + monthName + ", main desk");
            timeSaves(size);
            explain(size, mainDesk);
            warmupFactor = 1;
        }
        notes.add("Total run time of the benchmark: %.1f min".formatted((System.nanoTime() - started) / 60e9));
        report();
    }

    private void timeToday(long size, long mainDesk) {
        signIn("counsellor", "ROLE_COUNSELLOR");
        var list = new Timing(size, "today's list: first 50 rows", null);
        var counters = new Timing(size, "today's counters", null);
        var both = new Timing(size, "**today's list + counters**", 100.0);
        repeat(
                READ_WARMUP * warmupFactor,
                READS,
                () -> {
                    var t0 = System.nanoTime();
                    var rows = visits.today(mainDesk, FIRST_PAGE).getNumberOfElements();
                    var t1 = System.nanoTime();
                    var day = visits.todayCounters(mainDesk);
                    var t2 = System.nanoTime();
                    assertThat(rows).as("today's first page").isEqualTo(FIRST_PAGE.getPageSize());
                    assertThat(day.interactions()).as("today's interactions").isGreaterThanOrEqualTo(TODAY_ROWS);
                    return new long[] {t1 - t0, t2 - t1, t2 - t0};
                },
                list,
                counters,
                both);
    }

    private void timeHistory(long size, HistoryFilter filter, String name) {
        signIn("director", "ROLE_DIRECTOR");
        var count = new Timing(size, name + ": count", null);
        var page = new Timing(size, name + ": first 50 rows", null);
        var both = new Timing(size, "**" + name + ": count + first 50 rows**", 100.0);
        var matching = visits.historyCount(filter);
        notes.add("%,d rows: %s matches %,d interactions".formatted(size, name, matching));
        repeat(
                READ_WARMUP * warmupFactor,
                READS,
                () -> {
                    var t0 = System.nanoTime();
                    var total = visits.historyCount(filter);
                    var t1 = System.nanoTime();
                    var rows = visits.history(filter, FIRST_PAGE).getNumberOfElements();
                    var t2 = System.nanoTime();
                    assertThat(total).as("history count").isEqualTo(matching).isPositive();
                    assertThat(rows).as("history page").isEqualTo(Math.min(total, FIRST_PAGE.getPageSize()));
                    return new long[] {t1 - t0, t2 - t1, t2 - t0};
                },
                count,
                page,
                both);
    }

    /** The whole service call: validation, the row and its interests, the audit row, the commit. */
    private void timeSaves(long size) {
        signIn("counsellor", "ROLE_COUNSELLOR");
        var interests = Arrays.stream(ids("interest")).limit(3).boxed().collect(Collectors.toSet());
        var draft = Interactions.draft()
                .adults(2)
                .partyType(PartyType.COUPLE)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .language(ConversationLanguage.DE)
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .accommodation(Accommodation.HOTEL)
                .purpose(Purpose.LEISURE)
                .interestIds(interests)
                .questionIds(Set.of(ids("question_topic")[0]))
                .outcomes(Set.of(Outcome.BROCHURES_GIVEN))
                .build();
        var saved = new ArrayList<Long>();
        var save = new Timing(size, "**save one interaction**", 20.0);
        repeat(
                SAVE_WARMUP * warmupFactor,
                SAVES,
                () -> {
                    var t0 = System.nanoTime();
                    var details = visits.save(draft);
                    var t1 = System.nanoTime();
                    saved.add(details.id());
                    return new long[] {t1 - t0};
                },
                save);
        assertThat(saved)
                .as("saved interactions")
                .hasSize(SAVE_WARMUP * warmupFactor + SAVES)
                .doesNotContainNull();
        // today's list stays a realistic day, and the next fill starts from the table size it aims at
        var ids = saved.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.update("DELETE FROM interaction_audit WHERE interaction_id IN (" + ids + ")");
        jdbc.update("DELETE FROM interaction WHERE id IN (" + ids + ")");
    }

    /** The plans of the history's queries, as the service sends them (Hibernate's SQL, values inlined). */
    private void explain(long size, long mainDesk) {
        var month = "i.deleted = false AND i.occurred_at >= '%s 00:00:00' AND i.occurred_at < '%s 00:00:00'"
                .formatted(MONTH, MONTH.plusMonths(1));
        for (var filter : List.of(month, month + " AND i.country = 'DE'", month + " AND i.desk_id = " + mainDesk)) {
            for (var sql : List.of(
                    "SELECT COUNT(i.id) FROM interaction i WHERE " + filter,
                    "SELECT i.* FROM interaction i WHERE " + filter + " ORDER BY i.occurred_at DESC, i.id DESC"
                            + " LIMIT 0, 51")) {
                var rows = jdbc.queryForList("EXPLAIN " + sql);
                plans.add("%,d rows — `%s`%n%n%s"
                        .formatted(
                                size,
                                sql,
                                rows.stream()
                                        .map(r -> "    type=%s key=%s rows=%s Extra=%s"
                                                .formatted(r.get("type"), r.get("key"), r.get("rows"), r.get("Extra")))
                                        .collect(Collectors.joining("\n"))));
            }
        }
    }

    private void repeat(int warmup, int runs, LongsSupplier run, Timing... into) {
        for (int i = 0; i < warmup; i++) {
            run.get();
        }
        for (int i = 0; i < runs; i++) {
            var nanos = run.get();
            for (int t = 0; t < into.length; t++) {
                into[t].add(nanos[t]);
            }
        }
        for (var timing : into) {
            timings.add(timing);
            System.out.println(timing.row());
        }
    }

    @FunctionalInterface
    private interface LongsSupplier {
        long[] get();
    }

    private void report() throws Exception {
        var runtime = Runtime.getRuntime();
        var text = new StringBuilder("# Desk benchmark\n\n")
                .append("Machine: %d cores, JVM max heap %d MB, %s, InnoDB buffer pool %d MB.%n%n"
                        .formatted(
                                runtime.availableProcessors(),
                                runtime.maxMemory() >> 20,
                                jdbc.queryForObject("SELECT CONCAT('MariaDB ', VERSION())", String.class),
                                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) >> 20))
                .append(("Service calls in the test's JVM, timed with System.nanoTime after a warm-up (%d reads, %d"
                                + " saves; %d times more in the first round). Percentiles are nearest-rank.%n%n")
                        .formatted(READ_WARMUP, SAVE_WARMUP, FIRST_ROUND_WARMUP_FACTOR))
                .append("| rows | measurement | runs | p50 ms | p95 ms | p99 ms | max ms | target (p99) |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---|\n");
        timings.forEach(t -> text.append(t.row()).append('\n'));
        text.append('\n');
        notes.forEach(n -> text.append("- ").append(n).append('\n'));
        text.append("- Table sizes at the end: ").append(tableSizes()).append("\n\n## Query plans\n\n");
        plans.forEach(p -> text.append(p).append("\n\n"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        System.out.println(text);
    }

    private String tableSizes() {
        return jdbc.queryForList("""
                        SELECT table_name AS name, ROUND((data_length + index_length) / 1048576) AS mb
                        FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_name LIKE 'interaction%'
                        ORDER BY table_name""").stream()
                .map(r -> "%s %s MB".formatted(r.get("name"), r.get("mb")))
                .collect(Collectors.joining(", "));
    }

    /**
     * Waits for InnoDB to write the freshly loaded pages to disk, so that this write-back does not slow
     * the measurements down as it would never do at a real desk. The seconds it took.
     */
    private double settle() throws InterruptedException {
        var started = System.nanoTime();
        var limit = jdbc.queryForObject("SELECT @@innodb_max_dirty_pages_pct", Double.class);
        jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
        try {
            while (dirtyPages() > 1_000 && System.nanoTime() - started < 120e9) {
                Thread.sleep(500);
            }
        } finally {
            jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + limit);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private long dirtyPages() {
        return jdbc.queryForObject("""
                SELECT variable_value FROM information_schema.global_status
                WHERE variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY'""", Long.class);
    }

    /** Other builds share the machine: the load says how far to trust the figures. */
    private static String loadAverage() {
        try {
            var load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "%s %s %s (1, 5, 15 min)".formatted(load[0], load[1], load[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private long interactionCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM interaction", Long.class);
    }

    /** Interests, questions and outcomes of all interactions. */
    private long childRows() {
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM interaction_interest) + (SELECT COUNT(*) FROM interaction_question)
                       + (SELECT COUNT(*) FROM interaction_outcome)""", Long.class);
    }

    private long[] ids(String table) {
        return jdbc.queryForList("SELECT id FROM " + table + " ORDER BY sort_order", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private static void signIn(String username, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(username, "", role));
        SecurityContextHolder.setContext(context);
    }

    /** The durations of one measurement, in nanoseconds. */
    private static final class Timing {
        private final long size;
        private final String name;
        private final Double targetMs;
        private long[] nanos = new long[256];
        private int count;

        Timing(long size, String name, Double targetMs) {
            this.size = size;
            this.name = name;
            this.targetMs = targetMs;
        }

        void add(long duration) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = duration;
        }

        /** Nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            var sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(p / 100 * count) - 1)] / 1e6;
        }

        String row() {
            var target = targetMs == null
                    ? ""
                    : "< %.0f ms: %s".formatted(targetMs, percentile(99) < targetMs ? "met" : "**missed**");
            return String.format(
                    Locale.ROOT,
                    "| %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %s |",
                    size,
                    name,
                    count,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    percentile(100),
                    target);
        }
    }
}
