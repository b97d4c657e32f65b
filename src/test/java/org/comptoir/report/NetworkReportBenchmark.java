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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.demo.DemoHistoryLoad;
import org.comptoir.demo.DemoHistorySettings;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.OfficeService;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.aggregate.AggregateTable;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.survey.SurveyDays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A network of offices (issue 16, docs/benchmarks.md): 10 million interactions of the demo history spread over 20
 * offices of two desks each, the aggregates rebuilt from them; every report timed for one office (its director)
 * and for the whole network (the network director), and the aggregates' storage set against the raw tables'.
 * Writes target/bench/network-benchmark.md. Run with
 * {@code ./mvnw -Pbench verify -Dtest=NetworkReportBenchmark} ({@code -Dcomptoir.bench.network-rows=…} for
 * another size).
 */
@Tag("bench")
@ComptoirTest
class NetworkReportBenchmark {

    private static final long ROWS = Long.getLong("comptoir.bench.network-rows", 10_000_000L);
    /**
     * Whether the aggregates are rebuilt from the raw rows before timing (by default). Off to time a database kept
     * from a run before ({@code TEST_DB_URL}) as its migrations and the applier left it.
     */
    private static final boolean REBUILD =
            Boolean.parseBoolean(System.getProperty("comptoir.bench.network-rebuild", "true"));

    private static final int OFFICES = 20;
    private static final int DESKS_PER_OFFICE = 2;
    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    /** Rows moved to their desk per transaction: small enough for the undo log. */
    private static final int MOVE_CHUNK = 250_000;

    private static final Path REPORT = Path.of("target", "bench", "network-benchmark.md");

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportService reports;

    @Autowired
    ReportAggregates keeper;

    @Autowired
    DemoHistoryLoad demo;

    @Autowired
    OfficeService offices;

    @Autowired
    ReferenceListService lists;

    @Autowired
    Clock clock;

    @Autowired
    ComptoirProperties properties;

    private JdbcTemplate jdbc;
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_report_for_one_office_and_for_the_network_of_twenty() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        fill(today);
        var officeIds = jdbc.queryForList("SELECT id FROM office ORDER BY id", Long.class);
        assertThat(officeIds).hasSize(OFFICES);
        var one = officeIds.get(OFFICES / 2);
        var year = today.getYear() - 2;
        var requests = new ArrayList<ReportRequest>();
        requests.add(new ReportRequest(
                ReportKind.RECOVERY,
                ReportPeriod.years(2019, today.getYear() - 1),
                ReportFilter.ALL,
                Comparison.referenceYear(2019),
                false));
        for (var kind : ReportKind.values()) {
            requests.add(new ReportRequest(
                    kind, ReportPeriod.year(year), ReportFilter.ALL, Comparison.previousYear(), false));
            requests.add(new ReportRequest(
                    kind,
                    ReportPeriod.month(YearMonth.of(year, 7)),
                    ReportFilter.ALL,
                    Comparison.previousYear(),
                    false));
        }
        lines.add("| report | period | one office p50 ms | p95 ms | the network p50 ms | p95 ms |");
        lines.add("|---|---|---:|---:|---:|---:|");
        var worstOffice = 0.0;
        var worstNetwork = 0.0;
        for (var request : requests) {
            signIn("director", AppRoles.DIRECTOR, one);
            var office = ReportBenchmark.time(WARMUP, RUNS, () -> reports.report(request, Locale.FRENCH));
            signIn("network", AppRoles.NETWORK, null);
            var network = ReportBenchmark.time(WARMUP, RUNS, () -> reports.report(request, Locale.FRENCH));
            worstOffice = Math.max(worstOffice, office.percentile(95));
            worstNetwork = Math.max(worstNetwork, network.percentile(95));
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %.1f | %.1f |",
                    request.kind().slug(),
                    ReportService.fileSlug(request.period()),
                    office.percentile(50),
                    office.percentile(95),
                    network.percentile(50),
                    network.percentile(95)));
            System.out.println(lines.getLast());
        }
        lines.add("");
        lines.add("Worst p95: one office **%.1f ms** (goal < 150 ms), the network **%.1f ms** (goal < 300 ms)"
                .formatted(worstOffice, worstNetwork));
        lines.add("");
        lines.add("- Aggregate tables: " + ReportBenchmark.tableSizes(jdbc));
        lines.add("- The network's rows (desk " + AggregateTable.NETWORK + ") of all aggregate rows: "
                + Arrays.stream(AggregateTable.values())
                        .map(t -> "%s %,d of %,d"
                                .formatted(
                                        t.tableName(),
                                        count("SELECT COUNT(*) FROM " + t.tableName() + " WHERE desk_id = "
                                                + AggregateTable.NETWORK),
                                        count("SELECT COUNT(*) FROM " + t.tableName())))
                        .collect(Collectors.joining(", ")));
        lines.add("- Machine load at the end: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "# Network report benchmark\n\n" + String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    /**
     * The demo history up to {@link #ROWS}; 20 offices of two desks; each interaction moved to one of the 40 desks
     * by its id (every office a twentieth of every month, market and channel); the aggregates rebuilt.
     */
    private void fill(LocalDate today) throws Exception {
        var started = System.nanoTime();
        var missing = ROWS - count("SELECT COUNT(*) FROM interaction");
        if (missing > 0) {
            demo.load(DemoHistorySettings.appending((int) missing, DemoHistorySettings.firstDay(), today.minusDays(1)));
        }
        var generated = (System.nanoTime() - started) / 1e9;
        var moved = 0.0;
        if (count("SELECT COUNT(*) FROM office") < OFFICES) {
            var movedStarted = System.nanoTime();
            var desks = CurrentUser.asAdmin("bench", () -> {
                var all = new ArrayList<Long>();
                var first = offices.offices().getFirst().id();
                for (int o = 0; o < OFFICES; o++) {
                    var office = o == 0
                            ? first
                            : offices.save(null, 0, "Office %02d".formatted(o + 1))
                                    .id();
                    for (int d = 0; d < DESKS_PER_OFFICE; d++) {
                        var code = "NET_%02d_%d".formatted(o + 1, d + 1);
                        var desk = lists.save(
                                        ListKind.DESK,
                                        new ListItemDraft(null, 0, code, "Accueil " + code, "Desk " + code, 90 + d))
                                .id();
                        offices.assignDesk(desk, office);
                        all.add(desk);
                    }
                }
                return all;
            });
            spread(desks, "interaction", true);
            moved = (System.nanoTime() - movedStarted) / 1e9;
        }
        moveListening();
        var rebuilt = Double.NaN;
        if (REBUILD) {
            var rebuildStarted = System.nanoTime();
            keeper.rebuild();
            rebuilt = (System.nanoTime() - rebuildStarted) / 1e9;
        }
        jdbc.execute("ANALYZE TABLE interaction, "
                + Arrays.stream(AggregateTable.values())
                        .map(AggregateTable::tableName)
                        .collect(Collectors.joining(", ")));
        lines.add(("- %,d interactions from %s to %s over %d offices and %d desks (generated in %.0f s, moved to"
                        + " their desks in %.0f s); aggregates rebuilt from the raw rows in %.1f s (NaN: kept as"
                        + " they were)")
                .formatted(
                        count("SELECT COUNT(*) FROM interaction"),
                        jdbc.queryForObject("SELECT MIN(occurred_at) FROM interaction", Object.class),
                        jdbc.queryForObject("SELECT MAX(occurred_at) FROM interaction", Object.class),
                        count("SELECT COUNT(*) FROM office"),
                        count("SELECT COUNT(DISTINCT desk_id) FROM interaction"),
                        generated,
                        moved,
                        rebuilt));
        lines.add("- Machine: %d cores, InnoDB buffer pool %d MB, load before measuring %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        count("SELECT @@innodb_buffer_pool_size") >> 20,
                        Files.readString(Path.of("/proc/loadavg")).strip()));
        lines.add("");
    }

    /**
     * The demo's survey answers and complaints spread over the 40 desks like the interactions (by id), so that an
     * office's listening report reads a twentieth of them, as the network's reads them all.
     */
    private void moveListening() {
        var desks = jdbc.queryForList("SELECT id FROM desk WHERE code LIKE 'NET\\_%' ORDER BY id", Long.class);
        if (count("SELECT COUNT(DISTINCT desk_id) FROM survey_answer") >= desks.size()) {
            return;
        }
        spread(desks, "survey_answer", false);
        spread(desks, "complaint", false);
        // the answers' day counts (decision 0034) follow their answers to their new desks
        for (var desk : jdbc.queryForList("SELECT id FROM desk", Long.class)) {
            SurveyDays.recount(jdbc, desk);
        }
    }

    /**
     * Moves every row of {@code table} to one of these desks by its id (the id modulo their number), in chunks of
     * {@link #MOVE_CHUNK} ids when the ids follow each other (small enough for the undo log), else at once.
     */
    private void spread(List<Long> desks, String table, boolean chunked) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_desk_slot (slot INT PRIMARY KEY, desk_id BIGINT NOT NULL)");
        jdbc.update("DELETE FROM bench_desk_slot");
        for (int slot = 0; slot < desks.size(); slot++) {
            jdbc.update("INSERT INTO bench_desk_slot VALUES (?, ?)", slot, desks.get(slot));
        }
        var move = "UPDATE " + table + " t JOIN bench_desk_slot s ON s.slot = MOD(t.id, ?) SET t.desk_id = s.desk_id";
        if (chunked) {
            var last = count("SELECT COALESCE(MAX(id), 0) FROM " + table);
            for (long from = 0; from <= last; from += MOVE_CHUNK) {
                jdbc.update(move + " WHERE t.id > ? AND t.id <= ?", desks.size(), from, from + MOVE_CHUNK);
            }
        } else {
            jdbc.update(move, desks.size());
        }
        jdbc.execute("DROP TABLE bench_desk_slot");
    }

    private long count(String sql) {
        var value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    /** The person reading: a director of one office, or the network director (no office needed). */
    private static void signIn(String username, String role, @Nullable Long office) {
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = new ArrayList<String>();
        authorities.add("ROLE_" + role);
        if (office != null) {
            authorities.add(CurrentUser.OFFICE_PREFIX + office);
        }
        context.setAuthentication(new TestingAuthenticationToken(username, "", authorities.toArray(String[]::new)));
        SecurityContextHolder.setContext(context);
    }
}
