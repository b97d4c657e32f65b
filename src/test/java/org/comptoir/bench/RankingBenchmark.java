package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.suggestion.SuggestionEngine;
import org.comptoir.suggestion.VisitorProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ranking suggestions over 20,000 attractions (the engine alone, as the desk panel calls it on each
 * change of the profile): p50/p95/p99 for typical visitors. Target p99 < 20 ms. Reports, never asserts
 * a timing.
 */
@Tag("bench")
class RankingBenchmark {

    private static final int ATTRACTIONS = 20_000;
    private static final int WARM_UP = 300;
    private static final int RUNS = 1_000;

    @Test
    void ranking_twenty_thousand_attractions() throws IOException {
        var attractions = generate(new Random(42));
        var day = LocalDate.of(2026, 7, 18);
        var profiles = List.of(
                new VisitorProfile(Set.of(1L, 2L, 4L), 600, 0, null, false, day, false, "de", Set.of()),
                new VisitorProfile(Set.of(9L), 600, 2, 6, false, day, true, "nl", Set.of(5L, 6L, 7L)),
                new VisitorProfile(Set.of(), 180, 0, null, false, day, false, null, Set.of()),
                new VisitorProfile(Set.of(3L, 5L), null, 0, null, true, day.plusMonths(5), false, "en", Set.of()));
        var lines = new ArrayList<String>();
        lines.add("# Suggestion ranking benchmark");
        lines.add("");
        lines.add(ATTRACTIONS + " generated attractions, top 10, " + WARM_UP + " warm-up then " + RUNS
                + " measured rankings per profile; " + Runtime.getRuntime().availableProcessors() + " processors.");
        lines.add("");
        lines.add("| profile | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---:|---:|---:|---:|");
        var names = List.of(
                "German couple, 3 interests, a day",
                "Dutch family, rainy, 3 picked",
                "passing through (3 h)",
                "reduced mobility, December");
        for (int p = 0; p < profiles.size(); p++) {
            var profile = profiles.get(p);
            for (int i = 0; i < WARM_UP; i++) {
                SuggestionEngine.rank(profile, attractions, 10);
            }
            var times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                var ranked = SuggestionEngine.rank(profile, attractions, 10);
                times[i] = (System.nanoTime() - start) / 1e6;
                assertThat(ranked).isNotEmpty();
            }
            Arrays.sort(times);
            lines.add("| %s | %.2f | %.2f | %.2f | %.2f |"
                    .formatted(
                            names.get(p),
                            times[RUNS / 2],
                            times[(int) (RUNS * 0.95)],
                            times[(int) (RUNS * 0.99)],
                            times[RUNS - 1]));
        }
        var report = String.join("\n", lines) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "ranking.md"), report);
    }

    private static List<AttractionDetails> generate(Random random) {
        var categories = AttractionCategory.values();
        var list = new ArrayList<AttractionDetails>(ATTRACTIONS);
        for (long id = 1; id <= ATTRACTIONS; id++) {
            var interests = new HashSet<Long>();
            for (int i = random.nextInt(4); i > 0; i--) {
                interests.add(1L + random.nextInt(12));
            }
            var months =
                    random.nextInt(3) == 0 ? EnumSet.range(Month.APRIL, Month.OCTOBER) : EnumSet.allOf(Month.class);
            var closed = random.nextInt(4) == 0 ? Set.of(DayOfWeek.MONDAY) : Set.<DayOfWeek>of();
            boolean family = random.nextBoolean();
            list.add(new AttractionDetails(
                    id,
                    0,
                    null,
                    "A" + id,
                    "A" + id,
                    null,
                    null,
                    categories[random.nextInt(categories.length)],
                    interests,
                    null,
                    null,
                    null,
                    45.7,
                    3.0,
                    random.nextInt(120),
                    random.nextBoolean(),
                    30 + random.nextInt(240),
                    PriceLevel.FREE,
                    months,
                    closed,
                    null,
                    null,
                    family,
                    family && random.nextBoolean() ? random.nextInt(12) : null,
                    random.nextBoolean(),
                    random.nextInt(3) == 0,
                    false,
                    random.nextBoolean() ? Set.of("fr", "en", "de") : Set.of("fr"),
                    random.nextInt(10) == 0 ? Set.of("UNESCO") : Set.of(),
                    null,
                    null,
                    AttractionSource.MANUAL,
                    null,
                    null,
                    random.nextInt(20) != 0));
        }
        return list;
    }
}
