package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.report.ReportSection.Measure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ranked table the reports share, on hand-made counts. */
@ComptoirTest
class SectionsTest {

    private static final Map<String, Long> CURRENT = Map.of("a", 5L, "b", 3L, "c", 2L, "d", 1L);

    @Autowired
    ReportText.Sources words;

    @Test
    void keys_past_the_top_are_summed_in_one_others_row_before_the_total() {
        var section = Sections.ranked("report.section.picks", Measure.PICKS, "report.row.attraction")
                .labels(String::toUpperCase)
                .top(3)
                .of(scope(null), CURRENT, Map.of());
        assertThat(section.rows()).extracting(ReportRow::label).containsExactly("A", "B", "Autres (2)", "Total");
        assertThat(section.rows()).extracting(row -> row.values().getFirst()).containsExactly(5L, 3L, 3L, 11L);
        assertThat(section.rows().getLast().total()).isTrue();
        assertThat(section.chart().type()).isEqualTo(ChartSpec.Type.HORIZONTAL_BAR);
    }

    @Test
    void a_fixed_order_keeps_its_order_and_shows_every_key_even_past_the_top() {
        var section = Sections.ranked("report.section.regions", Measure.VISITORS, "report.row.region")
                .chart(ChartSpec.Type.BAR)
                .top(2)
                .inOrder(List.of("c", "a", "z"))
                .of(scope(null), CURRENT, Map.of());
        assertThat(section.rows()).extracting(ReportRow::label).containsExactly("c", "a", "z", "Total");
        assertThat(section.rows()).extracting(row -> row.values().getFirst()).containsExactly(2L, 5L, 0L, 11L);
        assertThat(section.chart().type()).isEqualTo(ChartSpec.Type.BAR);
    }

    @Test
    void when_comparing_each_row_has_the_compared_value_and_the_change() {
        var compared = ReportPeriod.year(2024);
        var section = Sections.ranked("report.section.picks", Measure.PICKS, "report.row.attraction")
                .of(scope(compared), Map.of("a", 6L), Map.of("a", 4L, "b", 2L));
        assertThat(section.columns()).hasSize(4);
        assertThat(section.rows()).extracting(ReportRow::label).containsExactly("a", "b", "Total");
        assertThat(section.rows().getFirst().values()).containsExactly(6L, 100.0, 4L, 50.0);
    }

    private ReportScope scope(@Nullable ReportPeriod compared) {
        return new ReportScope(
                (source, from, to, filter, dims) -> List.of(),
                ReportPeriod.year(2025),
                ReportFilter.ALL,
                compared,
                2019,
                false,
                words.in(Locale.FRENCH));
    }
}
