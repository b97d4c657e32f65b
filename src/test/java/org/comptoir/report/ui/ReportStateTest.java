package org.comptoir.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.comptoir.report.Comparison;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.Season;
import org.comptoir.visit.Channel;
import org.comptoir.visit.VisitorType;
import org.junit.jupiter.api.Test;

/** The address of a report: what it says, read back, and what it does with nonsense. */
class ReportStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static ReportState read(ReportKind kind, String query) {
        return ReportState.from(kind, QueryParameters.fromString(query), TODAY, id -> id == 7);
    }

    @Test
    void recovery_opens_on_the_years_since_2019_against_2019_and_the_others_on_this_month() {
        var recovery = ReportState.defaults(ReportKind.RECOVERY, TODAY);
        var origins = ReportState.defaults(ReportKind.ORIGINS, TODAY);

        assertThat(recovery.period()).isEqualTo(ReportPeriod.years(2019, 2026));
        assertThat(recovery.comparison()).isEqualTo(Comparison.referenceYear(2019));
        assertThat(origins.period()).isEqualTo(ReportPeriod.month(YearMonth.of(2026, 11)));
        assertThat(origins.comparison()).isEqualTo(Comparison.none());
        assertThat(origins.filter()).isEqualTo(ReportFilter.ALL);
    }

    @Test
    void every_state_reads_back_from_its_own_address() {
        var states = List.of(
                new ReportState(
                        ReportKind.ORIGINS,
                        ReportPeriod.month(YearMonth.of(2025, 7)),
                        new ReportFilter(7L, Channel.PHONE, VisitorType.TOURIST),
                        Comparison.previousYear(),
                        true),
                new ReportState(
                        ReportKind.STAY,
                        ReportPeriod.season(Season.WINTER, 2024),
                        ReportFilter.ALL,
                        Comparison.referenceYear(2018),
                        false),
                new ReportState(
                        ReportKind.ACTIVITY, ReportPeriod.year(2023), ReportFilter.ALL, Comparison.none(), false),
                new ReportState(
                        ReportKind.RECOVERY,
                        ReportPeriod.years(2019, 2025),
                        ReportFilter.ALL,
                        Comparison.referenceYear(2019),
                        false),
                new ReportState(
                        ReportKind.SUGGESTIONS,
                        ReportPeriod.custom(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 18)),
                        new ReportFilter(null, Channel.EMAIL, null),
                        Comparison.none(),
                        false));
        for (var state : states) {
            assertThat(read(state.kind(), state.query().getQueryString())).isEqualTo(state);
        }
    }

    @Test
    void the_address_names_the_period_as_it_was_chosen() {
        var state = new ReportState(
                ReportKind.STAY,
                ReportPeriod.season(Season.SUMMER, 2025),
                ReportFilter.ALL,
                Comparison.previousYear(),
                false);

        assertThat(state.route()).isEqualTo("reports/stay");
        assertThat(state.query())
                .isEqualTo(QueryParameters.fromString("period=season&season=summer&year=2025&compare=previous"));
    }

    @Test
    void years_alone_make_a_range_of_whole_years() {
        var state = read(ReportKind.RECOVERY, "period=custom&from=2019&to=2025");

        assertThat(state.period()).isEqualTo(ReportPeriod.years(2019, 2025));
    }

    @Test
    void nonsense_in_the_address_falls_back_to_the_defaults() {
        var state = read(
                ReportKind.ORIGINS,
                "period=custom&from=2025-05-01&to=2025-04-01&desk=8&channel=PIGEON&visitorType=x&compare=maybe");

        assertThat(state).isEqualTo(ReportState.defaults(ReportKind.ORIGINS, TODAY));
    }

    @Test
    void a_range_over_fifteen_years_is_refused_and_fifteen_whole_years_are_not() {
        assertThat(ReportState.reasonable(ReportPeriod.years(2010, 2024))).isTrue();
        assertThat(ReportState.reasonable(ReportPeriod.custom(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 1, 1))))
                .isFalse();
        assertThat(read(ReportKind.ORIGINS, "period=custom&from=2000&to=2025").period())
                .isEqualTo(ReportPeriod.month(YearMonth.of(2026, 11)));
    }

    @Test
    void switching_report_keeps_the_period_and_the_filters() {
        var state = read(ReportKind.ORIGINS, "period=year&year=2024&channel=PHONE&compare=previous&fine=true");

        var other = state.withKind(ReportKind.INTERESTS);

        assertThat(other.kind()).isEqualTo(ReportKind.INTERESTS);
        assertThat(other.query()).isEqualTo(state.query());
    }
}
