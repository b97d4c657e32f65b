package org.comptoir.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.report.past.PastCountService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.Channel;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 18: an office that starts with Comptoir imports its earlier counts, and the reports compare from day one.
 * Monthly counts of 2016–2019 are imported on a desk of their own whose interactions are logged from 2020; the
 * recovery report 2019–2025 indexes on the file's 2019, the reports that need more detail say which months they
 * lack. Rolled back at the end.
 */
@ComptoirTest
@Transactional
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class PastCountReportsTest {

    @Autowired
    PastCountService pastCounts;

    @Autowired
    ReportService reports;

    @Autowired
    ReferenceListService lists;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private long desk;
    private String code;
    private ReportFilter onlyThisDesk;
    /** The file's visitors by year and market (France, Europe, long-haul, not given), as the recovery report shows them. */
    private final Map<Integer, long[]> fileVisitors = new HashMap<>();

    @BeforeEach
    void importedThenLogged() throws IOException {
        code = "HIST" + System.nanoTime() % 100000;
        desk = lists.save(ListKind.DESK, new ListItemDraft(null, 0, code, "Historique", "History", 95))
                .id();
        onlyThisDesk = new ReportFilter(desk, null, null);
        var csv = new StringBuilder("mois;accueil;provenance;canal;contacts;visiteurs\n");
        for (int year = 2016; year <= 2019; year++) {
            var sums = fileVisitors.computeIfAbsent(year, y -> new long[4]);
            for (int month = 1; month <= 12; month++) {
                var m = YearMonth.of(year, month);
                row(csv, m, "FR-63", "DESK", 10L * month, 20L * month + (year - 2016));
                row(csv, m, "FR", "PHONE", 5, 7);
                row(csv, m, "DE", "DESK", month, 3L * month);
                row(csv, m, "Europe", "", 2, 4);
                row(csv, m, "US", "PHONE", 1, 2);
                row(csv, m, "Monde", "", 1, 1);
                row(csv, m, "Inconnu", "", 3, 3);
                sums[0] += 20L * month + (year - 2016) + 7;
                sums[1] += 3L * month + 4;
                sums[2] += 2 + 1;
                sums[3] += 3;
            }
        }
        var file = temp.resolve("comptages-2016-2019.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        var preview = pastCounts.preview(file, "comptages-2016-2019.csv");
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.years()).hasSize(4);
        assertThat(preview.years().get(3).persons()).isEqualTo(total(fileVisitors.get(2019)));
        pastCounts.commit(preview);

        log(LocalDateTime.of(2020, 7, 3, 10, 0), "DE", null, 2, Channel.DESK);
        log(LocalDateTime.of(2021, 8, 5, 11, 0), "FR", "63", 3, Channel.DESK);
        log(LocalDateTime.of(2022, 7, 14, 15, 0), "NL", null, 4, Channel.PHONE);
        log(LocalDateTime.of(2023, 6, 1, 9, 0), "US", null, 2, Channel.EMAIL);
        log(LocalDateTime.of(2025, 5, 20, 16, 0), "DE", null, 1, Channel.DESK);
    }

    private void row(StringBuilder csv, YearMonth month, String origin, String channel, long contacts, long visitors) {
        csv.append(month)
                .append(';')
                .append(code)
                .append(';')
                .append(origin)
                .append(';')
                .append(channel);
        csv.append(';').append(contacts).append(';').append(visitors).append('\n');
    }

    private void log(LocalDateTime at, String country, @Nullable String departement, int adults, Channel channel) {
        TestUsers.asHistoryWriter(
                "anna",
                () -> visits.save(
                        Interactions.draft()
                                .deskId(desk)
                                .occurredAt(at)
                                .country(country)
                                .departement(departement)
                                .adults(adults)
                                .channel(channel)
                                .build(),
                        TestUsers.HISTORY_REASON));
    }

    private static long total(long[] values) {
        return values[0] + values[1] + values[2] + values[3];
    }

    private ReportResult report(ReportKind kind, ReportPeriod period, Comparison comparison, ReportFilter filter) {
        return reports.report(new ReportRequest(kind, period, filter, comparison, false), Locale.FRENCH);
    }

    private static ReportSection section(ReportResult result, String title) {
        return result.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in "
                        + result.sections().stream().map(ReportSection::title).toList()));
    }

    private static List<@Nullable Number> row(ReportSection section, String label) {
        return section.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + section.title()))
                .values();
    }

    @Test
    void the_recovery_report_from_2019_indexes_on_the_imported_2019_and_its_figures_are_the_files_sums() {
        var result = report(
                ReportKind.RECOVERY, ReportPeriod.years(2019, 2025), Comparison.referenceYear(2019), onlyThisDesk);

        var perMarket = section(result, "Visiteurs par marché et par année");
        var y2019 = fileVisitors.get(2019);
        assertThat(y2019[0]).as("France in 2019, by hand").isEqualTo(20 * 78 + 12 * 3 + 12 * 7);
        assertThat(row(perMarket, "2019")).containsExactly(y2019[0], y2019[1], y2019[2], y2019[3], total(y2019));
        assertThat(row(perMarket, "2020")).containsExactly(0L, 2L, 0L, 0L, 2L);
        assertThat(row(perMarket, "2022")).containsExactly(0L, 4L, 0L, 0L, 4L);
        var index = section(result, "Indice de fréquentation par marché");
        assertThat(row(index, "2019")).containsExactly(100.0, 100.0, 100.0, 100.0);
        assertThat(row(index, "2020").get(1)).isEqualTo(2 * 100.0 / y2019[1]);
        assertThat(row(index, "2023").get(2)).isEqualTo(2 * 100.0 / y2019[2]);
        assertThat(result.context()).noneMatch(line -> line.contains("comptages importés"));
        assertThat(result)
                .as("the same report from the raw rows and the imported counts' own table")
                .isEqualTo(reports.report(
                        new ReportRequest(
                                ReportKind.RECOVERY,
                                ReportPeriod.years(2019, 2025),
                                onlyThisDesk,
                                Comparison.referenceYear(2019),
                                false),
                        Locale.FRENCH,
                        new RawFigures(jdbc)));

        var fromTheStart = report(
                ReportKind.RECOVERY, ReportPeriod.years(2016, 2025), Comparison.referenceYear(2019), onlyThisDesk);
        var y2016 = fileVisitors.get(2016);
        assertThat(row(section(fromTheStart, "Visiteurs par marché et par année"), "2016"))
                .containsExactly(y2016[0], y2016[1], y2016[2], y2016[3], total(y2016));
        assertThat(reports.firstYear()).isLessThanOrEqualTo(2016);
    }

    @Test
    void the_origins_show_the_imported_countries_departements_and_markets_without_their_country() {
        var result = report(ReportKind.ORIGINS, ReportPeriod.year(2019), Comparison.previousYear(), onlyThisDesk);

        var regions = section(result, "Visiteurs par région du monde");
        var y2019 = fileVisitors.get(2019);
        var y2018 = fileVisitors.get(2018);
        assertThat(row(regions, "Reste de l’Europe").get(0)).isEqualTo(y2019[1]);
        assertThat(row(regions, "Reste de l’Europe").get(2))
                .as("2018, also imported")
                .isEqualTo(y2018[1]);
        var countries = section(result, "Pays étrangers");
        assertThat(row(countries, "Europe, pays non précisé").get(0)).isEqualTo(48L);
        assertThat(row(countries, "Reste du monde, pays non précisé").get(0)).isEqualTo(12L);
        assertThat(row(countries, "Allemagne").get(0)).isEqualTo(3L * 78);
        var departements = section(result, "Départements français");
        assertThat(row(departements, "63 – Puy-de-Dôme").get(0)).isEqualTo(20L * 78 + 12 * 3);

        var fine = reports.report(
                new ReportRequest(ReportKind.ORIGINS, ReportPeriod.year(2019), onlyThisDesk, Comparison.none(), true),
                Locale.ENGLISH);
        assertThat(row(section(fine, "Visitors by world region (UN M49 sub-regions)"), "Europe, country not given")
                        .get(0))
                .isEqualTo(48L);
    }

    @Test
    void desk_activity_counts_the_imported_contacts_by_channel_desk_and_month_and_says_it_lacks_their_hours() {
        var result = report(ReportKind.ACTIVITY, ReportPeriod.year(2019), Comparison.none(), onlyThisDesk);

        var channels = section(result, "Contacts par canal");
        assertThat(row(channels, "Comptoir").get(0)).isEqualTo(10L * 78 + 78);
        assertThat(row(channels, "Téléphone").get(0)).isEqualTo(12L * 5 + 12);
        assertThat(row(channels, "Non renseigné").get(0)).isEqualTo(12L * (2 + 1 + 3));
        assertThat(row(section(result, "Contacts par mois"), "juil. 2019"))
                .containsExactly(10L * 7 + 5 + 7 + 2 + 1 + 1 + 3, 20L * 7 + 3 + 7 + 3 * 7 + 4 + 2 + 1 + 3);
        assertThat(result.context())
                .contains("Ni conseiller ni heure pour janv. 2019 – déc. 2019 (comptages importés) : ces mois manquent"
                        + " aux tableaux par conseiller et par heure.");
    }

    @Test
    void the_reports_that_need_more_detail_than_counts_say_for_which_months_they_have_none() {
        var stay = report(ReportKind.STAY, ReportPeriod.years(2018, 2020), Comparison.none(), onlyThisDesk);
        assertThat(stay.context())
                .contains("Pas de détail pour janv. 2018 – déc. 2019 (comptages importés) : ces mois ne sont pas"
                        + " comptés ici.");
        var interests = reports.report(
                new ReportRequest(
                        ReportKind.INTERESTS,
                        ReportPeriod.year(2020),
                        onlyThisDesk,
                        Comparison.referenceYear(2019),
                        false),
                Locale.ENGLISH);
        assertThat(interests.context())
                .as("the compared year")
                .contains("No detail for Jan 2019 – Dec 2019 (imported counts): these months are not counted here.");
        var suggestions = report(ReportKind.SUGGESTIONS, ReportPeriod.year(2021), Comparison.none(), onlyThisDesk);
        assertThat(suggestions.context()).noneMatch(line -> line.contains("comptages importés"));
    }

    @Test
    void a_month_the_period_covers_in_part_and_a_visitor_type_filter_leave_imported_counts_out_and_say_so() {
        var partial = report(
                ReportKind.ORIGINS,
                ReportPeriod.custom(LocalDate.of(2019, 3, 15), LocalDate.of(2019, 6, 30)),
                Comparison.none(),
                onlyThisDesk);
        assertThat(partial.context())
                .contains(
                        "Comptages importés de mars 2019 non comptés : la période ne couvre qu’une partie de ces mois.");
        var regions = section(partial, "Visiteurs par région du monde");
        assertThat(row(regions, "Reste du monde").get(0)).as("April to June").isEqualTo(3L * 3);

        var tourists = report(
                ReportKind.ORIGINS,
                ReportPeriod.year(2019),
                Comparison.none(),
                new ReportFilter(desk, null, VisitorType.TOURIST));
        assertThat(tourists.context())
                .contains(
                        "Comptages importés de janv. 2019 – déc. 2019 non comptés : ils n’ont pas de type de visiteur.");
        assertThat(row(section(tourists, "Visiteurs par région du monde"), "Total")
                        .get(0))
                .isEqualTo(0L);
    }
}
