package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comptoir.ComptoirTest;
import org.comptoir.TestDesks;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The reports' figures on a small history whose every number is known, on a desk of its own. */
@ComptoirTest
@Transactional
@WithMockUser(username = "director", roles = AppRoles.DIRECTOR)
class ReportServiceTest {

    @Autowired
    ReportService reports;

    @Autowired
    VisitService visits;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    private long desk;
    private ReportFilter onlyThisDesk;
    private long hiking;
    private long volcanoes;
    private AttractionDetails first;
    private AttractionDetails second;

    @BeforeEach
    void history() {
        desk = TestDesks.create(lists, "KNOWN", "Chiffres connus", "Known figures");
        onlyThisDesk = new ReportFilter(desk, null, null);
        hiking = lists.idsByCode(ListKind.INTEREST).get("HIKING");
        volcanoes = lists.idsByCode(ListKind.INTEREST).get("VOLCANOES_NATURE");
        var active = attractions.active();
        first = active.get(0);
        second = active.get(1);
        save(
                at(2019, 7, 10, 10),
                Channel.DESK,
                "DE",
                null,
                2,
                0,
                StayLength.TWO_THREE_NIGHTS,
                Set.of(hiking),
                List.of(first.id()));
        save(at(2019, 7, 11, 11), Channel.PHONE, "DE", null, 2, 1, StayLength.PASSING_THROUGH, Set.of(), List.of());
        save(at(2019, 8, 1, 15), Channel.DESK, "FR", "63", 1, 0, StayLength.DAY_TRIP, Set.of(), List.of());
        save(at(2019, 8, 2, 16), Channel.DESK, "US", null, 2, 0, StayLength.FOUR_SEVEN_NIGHTS, Set.of(), List.of());
        save(at(2021, 7, 10, 10), Channel.DESK, "DE", null, 1, 0, StayLength.PASSING_THROUGH, Set.of(), List.of());
        save(at(2021, 7, 12, 10), Channel.DESK, "FR", "75", 2, 2, StayLength.ONE_NIGHT, Set.of(), List.of());
        save(
                at(2023, 7, 15, 10),
                Channel.DESK,
                "GB",
                null,
                2,
                0,
                StayLength.TWO_THREE_NIGHTS,
                Set.of(hiking, volcanoes),
                List.of(first.id(), second.id()));
        save(at(2023, 7, 16, 10), Channel.DESK, "JP", null, 1, 0, null, Set.of(), List.of());
        var deleted = save(at(2023, 7, 17, 10), Channel.DESK, "DE", null, 5, 0, null, Set.of(), List.of());
        visits.delete(deleted.id(), deleted.version());
        var edited = save(at(2023, 7, 18, 10), Channel.DESK, "IT", null, 2, 0, null, Set.of(), List.of());
        visits.save(draft(
                edited.id(),
                edited.version(),
                edited.occurredAt(),
                Channel.DESK,
                "ES",
                null,
                3,
                0,
                null,
                Set.of(),
                List.of()));
    }

    @Test
    void the_recovery_report_indexes_each_market_on_2019_and_follows_the_share_of_europeans() {
        var result = reports.report(
                request(ReportKind.RECOVERY, ReportPeriod.years(2019, 2023), Comparison.referenceYear(2019)),
                Locale.FRENCH);

        var perMarket = section(result, "Visiteurs par marché et par année");
        assertThat(row(perMarket, "2019")).containsExactly(1L, 5L, 2L, 0L, 8L);
        assertThat(row(perMarket, "2021")).containsExactly(4L, 1L, 0L, 0L, 5L);
        assertThat(row(perMarket, "2023")).containsExactly(0L, 5L, 1L, 0L, 6L);
        var index = section(result, "Indice de fréquentation par marché");
        assertThat(row(index, "2019")).containsExactly(100.0, 100.0, 100.0, 100.0);
        assertThat(row(index, "2021")).containsExactly(400.0, 20.0, 0.0, 100.0 / 7);
        assertThat(row(index, "2022")).containsExactly(0.0, 0.0, 0.0, 0.0);
        assertThat(row(index, "2023")).containsExactly(0.0, 100.0, 50.0, 600.0 / 7);
        var share = section(result, "Part des Européens parmi les visiteurs étrangers");
        assertThat((Double) row(share, "2019").get(2)).isCloseTo(500.0 / 7, within(1e-9));
        assertThat((Double) row(share, "2023").get(2)).isCloseTo(500.0 / 6, within(1e-9));
        assertThat(result.title()).isEqualTo("Reprise des marchés");
        assertThat(result.context()).contains("Période : 2019–2023", "Indice : 2019 = 100, aux mêmes dates");
        assertThat(result.fileStem()).isEqualTo("comptoir-recovery-2019-2023");
    }

    @Test
    void the_origins_report_splits_visitors_by_region_country_and_departement_with_the_comparison() {
        var result = reports.report(
                request(ReportKind.ORIGINS, ReportPeriod.season(Season.SUMMER, 2021), Comparison.referenceYear(2019)),
                Locale.ENGLISH);

        var regions = section(result, "Visitors by world region");
        assertThat(regions.columns())
                .extracting(ReportColumn::header)
                .containsExactly("Summer 2021", "Share", "Summer 2019", "Change");
        assertThat(row(regions, "France")).containsExactly(4L, 80.0, 1L, 300.0);
        assertThat(row(regions, "Rest of Europe")).containsExactly(1L, 20.0, 5L, -80.0);
        assertThat(row(regions, "Rest of the world")).containsExactly(0L, 0.0, 2L, -100.0);
        assertThat(row(regions, "Total")).containsExactly(5L, 100.0, 8L, -37.5);
        assertThat(row(section(result, "Foreign countries"), "Germany")).containsExactly(1L, 100.0, 5L, -80.0);
        assertThat(row(section(result, "French départements"), "75 – Paris")).containsExactly(4L, 100.0, 0L, null);
        assertThat(result.context()).contains("Compared with: Summer 2019");
    }

    @Test
    void the_stay_report_gives_the_share_of_each_length_among_visitors_who_said() {
        var result =
                reports.report(request(ReportKind.STAY, ReportPeriod.year(2019), Comparison.none()), Locale.FRENCH);

        var distribution = section(result, "Répartition des durées de séjour");
        assertThat(row(distribution, "De passage (quelques heures)")).containsExactly(37.5);
        assertThat(row(distribution, "2 à 3 nuits")).containsExactly(25.0);
        assertThat(row(distribution, "1 nuit")).containsExactly(0.0);
        var passing = section(result, "De passage ou en séjour");
        assertThat(passing.rows().getFirst().values()).containsExactly(50.0, 0.0, 50.0, 8L, 0L);
    }

    @Test
    void the_interests_activity_and_suggestions_reports_count_interactions_and_picks() {
        var year = ReportPeriod.year(2023);
        var interests = reports.report(request(ReportKind.INTERESTS, year, Comparison.none()), Locale.ENGLISH);
        var ranked = section(interests, "Interests");
        assertThat(ranked.measureLabel()).isEqualTo("Interactions");
        assertThat(row(ranked, "Hiking").getFirst()).isEqualTo(1L);
        assertThat(row(section(interests, "Interests by season (share of the season’s interactions)"), "Hiking"))
                .containsExactly(null, 100.0 / 3, null, null);

        var activity = reports.report(
                request(ReportKind.ACTIVITY, ReportPeriod.year(2019), Comparison.none()), Locale.ENGLISH);
        var channels = section(activity, "Interactions by channel");
        assertThat(row(channels, "Desk")).containsExactly(3L, 75.0);
        assertThat(row(channels, "Phone")).containsExactly(1L, 25.0);
        var hours = section(activity, "Interactions by hour and weekday");
        assertThat(row(hours, "10:00").get(2))
                .as("Wednesday 10 July 2019 at 10")
                .isEqualTo(1L);

        var suggestions =
                reports.report(request(ReportKind.SUGGESTIONS, year, Comparison.previousYear()), Locale.ENGLISH);
        var picks = section(suggestions, "Most suggested attractions");
        assertThat(picks.measureLabel()).isEqualTo("Suggestions handed out");
        assertThat(row(picks, first.name(Locale.ENGLISH))).containsExactly(1L, 50.0, 0L, null);
        assertThat(row(section(suggestions, "Suggestions by market"), second.name(Locale.ENGLISH)))
                .containsExactly(0L, 1L, 0L, 0L);
    }

    @Test
    void a_period_reaching_past_today_stops_at_today_and_says_so() {
        var thisYear = ReportPeriod.year(reports.today().getYear());

        var result = reports.report(
                new ReportRequest(ReportKind.ORIGINS, thisYear, ReportFilter.ALL, Comparison.previousYear(), false),
                Locale.ENGLISH);

        assertThat(result.context().getFirst())
                .startsWith("Period: " + thisYear.from().getYear() + ", up to ");
        assertThat(section(result, "Visitors by world region").columns().get(2).header())
                .as("the compared period stops at the same day")
                .startsWith(thisYear.from().getYear() - 1 + ", up to ");
    }

    @Test
    void a_period_of_several_years_is_not_compared_with_a_single_reference_year() {
        var result = reports.report(
                request(ReportKind.ORIGINS, ReportPeriod.years(2019, 2023), Comparison.referenceYear(2019)),
                Locale.ENGLISH);

        assertThat(section(result, "Visitors by world region").columns())
                .extracting(ReportColumn::header)
                .containsExactly("Visitors (persons)", "Share");
        assertThat(result.context())
                .contains("No comparison with 2019: a reference year is compared with a period of one year at most");
        assertThat(row(section(result, "Visitors by world region"), "Total").getFirst())
                .isEqualTo(19L);
    }

    @Test
    void the_glance_compares_a_month_with_the_same_month_a_year_earlier() {
        var glance = reports.glance(YearMonth.of(2021, 7), Locale.ENGLISH);

        assertThat(glance.visitors()).isGreaterThanOrEqualTo(5);
        assertThat(glance.topCountries()).extracting(Glance.Figure::label).contains("France", "Germany");
        assertThat(glance.stayMix()).hasSize(StayLength.values().length);
    }

    @Test
    void counsellors_cannot_read_reports() {
        TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> {
            assertThatThrownBy(() -> reports.report(
                            request(ReportKind.ORIGINS, ReportPeriod.year(2019), Comparison.none()), Locale.FRENCH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.glance(YearMonth.of(2019, 7), Locale.FRENCH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.firstYear()).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void admins_read_reports_and_the_first_year_is_the_oldest_with_interactions() {
        var first = TestUsers.as("admin", AppRoles.ADMIN, () -> reports.firstYear());

        assertThat(first).isLessThanOrEqualTo(2019);
    }

    private ReportRequest request(ReportKind kind, ReportPeriod period, Comparison comparison) {
        return new ReportRequest(kind, period, onlyThisDesk, comparison, false);
    }

    private static ReportSection section(ReportResult result, String title) {
        return result.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title + " in "
                        + result.sections().stream().map(ReportSection::title).toList()));
    }

    private static List<@Nullable Number> row(ReportSection section, String label) {
        return section.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in "
                        + section.rows().stream().map(ReportRow::label).toList()))
                .values();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private InteractionDetails save(
            LocalDateTime at,
            Channel channel,
            String country,
            @Nullable String departement,
            int adults,
            int children,
            @Nullable StayLength stay,
            Set<Long> interests,
            List<Long> picks) {
        return TestUsers.asHistoryWriter(
                "counsellor",
                () -> visits.save(
                        draft(null, 0, at, channel, country, departement, adults, children, stay, interests, picks),
                        TestUsers.HISTORY_REASON));
    }

    private InteractionDraft draft(
            @Nullable Long id,
            long version,
            LocalDateTime at,
            Channel channel,
            String country,
            @Nullable String departement,
            int adults,
            int children,
            @Nullable StayLength stay,
            Set<Long> interests,
            List<Long> picks) {
        return Interactions.draft()
                .id(id)
                .version(version)
                .occurredAt(at)
                .deskId(desk)
                .channel(channel)
                .adults(adults)
                .children(children)
                .country(country)
                .departement(departement)
                .stayLength(stay)
                .interestIds(interests)
                .pickIds(picks)
                .build();
    }
}
