package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The other half of the API's load test (docs/benchmarks.md, "The API benchmark"): the same saves as
 * deploy/bench/post-interaction.lua sends, through {@code VisitService.save} in this JVM, no HTTP, with 1, 8 and
 * 32 threads. Set beside wrk's figures it says what HTTP, the token and JSON cost. Run it with
 * {@code ./mvnw -Pbench verify -Dtest=ApiSaveBenchmark}; {@code -Dcomptoir.bench.api-saves=20000} for more.
 */
@Tag("bench")
@ComptoirTest
class ApiSaveBenchmark {

    private static final int SAVES = Integer.getInteger("comptoir.bench.api-saves", 10_000);
    private static final int WARMUP = 1_000;
    private static final Path REPORT = Path.of("target", "bench", "api-benchmark.md");

    @Autowired
    VisitService visits;

    @Test
    void saves_through_the_service_in_one_jvm() throws Exception {
        var report = new StringBuilder("# API benchmark: saves through the service, in one JVM\n\n");
        report.append("load average at start: ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip());
        report.append(
                "\n\n| threads | saves | saves/s | p50 ms | p99 ms | max ms |\n|---:|---:|---:|---:|---:|---:|\n");
        run(1, WARMUP);
        for (var threads : new int[] {1, 8, 32}) {
            var result = run(threads, SAVES);
            report.append(String.format(
                    "| %d | %d | %.0f | %.2f | %.2f | %.2f |%n",
                    threads, SAVES, result.perSecond(), result.p50(), result.p99(), result.max()));
            assertThat(result.perSecond()).isPositive();
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    private record Result(double perSecond, double p50, double p99, double max) {}

    private Result run(int threads, int saves) throws Exception {
        var draft = draft();
        var perThread = saves / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var started = System.nanoTime();
            var futures = new ArrayList<Future<long[]>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> TestUsers.as("bench-api", AppRoles.COUNSELLOR, () -> {
                    var times = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        var start = System.nanoTime();
                        visits.save(draft);
                        times[i] = System.nanoTime() - start;
                    }
                    return times;
                })));
            }
            var all = new ArrayList<Long>();
            for (var future : futures) {
                for (var time : future.get()) {
                    all.add(time);
                }
            }
            var elapsed = System.nanoTime() - started;
            var sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(
                    sorted.length / (elapsed / 1e9),
                    millis(sorted, 0.50),
                    millis(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        } finally {
            pool.shutdown();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** The Lua script's body: a German couple, hotel, 2–3 nights, brochures given, at the main desk. */
    private static InteractionDraft draft() {
        return Interactions.draft()
                .deskId(1L)
                .adults(2)
                .children(0)
                .partyType(PartyType.COUPLE)
                .visitorType(VisitorType.TOURIST)
                .country("DE")
                .language(ConversationLanguage.DE)
                .stayLength(StayLength.TWO_THREE_NIGHTS)
                .accommodation(Accommodation.HOTEL)
                .purpose(Purpose.LEISURE)
                .outcomes(Set.of(Outcome.BROCHURES_GIVEN))
                .build();
    }
}
