package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.report.Comparison;
import org.comptoir.report.RawReports;
import org.comptoir.report.ReportFilter;
import org.comptoir.report.ReportKind;
import org.comptoir.report.ReportPeriod;
import org.comptoir.report.ReportRequest;
import org.comptoir.report.ReportResult;
import org.comptoir.report.ReportRow;
import org.comptoir.report.ReportSection;
import org.comptoir.report.ReportService;
import org.comptoir.report.aggregate.ReportAggregates;
import org.comptoir.report.past.PastCountImport;
import org.comptoir.report.past.PastCountService;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionBulkWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18's acceptance on demo data: the demo history (seed 42, 2018–2025) is written on a desk of its own, a
 * file of its monthly counts of 2014–2017 is imported (the office's spreadsheets: 2018's months by country and
 * département, scaled year by year), and the recovery report starts in 2014 with exactly the file's sums, then
 * goes on with the logged years, every figure equal to the naive computation's. Everything is deleted afterwards.
 */
@ComptoirTest
class DemoPastCountsAcceptanceTest {

    private static final Map<Integer, Double> SCALE = Map.of(2014, 0.82, 2015, 0.87, 2016, 0.91, 2017, 0.96);

    @Autowired
    DataSource dataSource;

    @Autowired
    ReferenceListService lists;

    @Autowired
    AttractionService attractions;

    @Autowired
    ReportAggregates aggregates;

    @Autowired
    InteractionBulkWriter writer;

    @Autowired
    ReportService reports;

    @Autowired
    PastCountService pastCounts;

    @TempDir
    Path temp;

    private Long desk;
    private PastCountImport imported;

    @Test
    void a_file_of_2014_to_2017_gives_a_recovery_report_from_2014_whose_figures_are_the_files_sums() throws Exception {
        var code = "DEMOPAST" + System.nanoTime() % 100000;
        desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK, new ListItemDraft(null, 0, code, "Démo passé", "Demo past", 98)))
                .id();
        OneDeskHistory.write(lists, attractions, writer, desk, 20_000, LocalDate.of(2025, 12, 31));

        // the office's spreadsheets: 2018's months, by country and département, scaled for each earlier year
        var jdbc = new JdbcTemplate(dataSource);
        var csv = new StringBuilder("mois;accueil;provenance;canal;contacts;visiteurs\n");
        var expected = new TreeMap<Integer, long[]>();
        jdbc.query(
                """
                SELECT MONTH(occurred_at) AS m, COALESCE(country, '') AS country, COALESCE(departement, '') AS dep,
                       COUNT(*) AS contacts, SUM(adults + children) AS visitors
                FROM interaction WHERE desk_id = ? AND deleted = false AND YEAR(occurred_at) = 2018
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
                rs -> {
                    var country = rs.getString("country");
                    var origin = country.isEmpty()
                            ? "Inconnu"
                            : rs.getString("dep").isEmpty() ? country : "FR-" + rs.getString("dep");
                    for (var year : SCALE.keySet()) {
                        var contacts = Math.round(rs.getLong("contacts") * SCALE.get(year));
                        var visitors = Math.round(rs.getLong("visitors") * SCALE.get(year));
                        csv.append(YearMonth.of(year, rs.getInt("m")))
                                .append(';')
                                .append(code)
                                .append(';')
                                .append(origin)
                                .append(";;")
                                .append(contacts)
                                .append(';')
                                .append(visitors)
                                .append('\n');
                        var sums = expected.computeIfAbsent(year, y -> new long[4]);
                        sums[country.isEmpty() ? 3 : WorldRegion.market(country).ordinal()] += visitors;
                    }
                },
                desk);
        var file = temp.resolve("frequentation-2014-2017.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        var preview =
                TestUsers.as("admin", AppRoles.ADMIN, () -> pastCounts.preview(file, "frequentation-2014-2017.csv"));
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.months())
                .hasSize(48)
                .startsWith(YearMonth.of(2014, 1))
                .endsWith(YearMonth.of(2017, 12));
        imported = TestUsers.as("admin", AppRoles.ADMIN, () -> pastCounts.commit(preview));

        var request = new ReportRequest(
                ReportKind.RECOVERY,
                ReportPeriod.years(2014, 2025),
                new ReportFilter(desk, null, null),
                Comparison.referenceYear(2019),
                false);
        var result = TestUsers.as("director", AppRoles.DIRECTOR, () -> reports.report(request, Locale.FRENCH));

        var perMarket = section(result, "Visiteurs par marché et par année");
        assertThat(perMarket.rows().getFirst().label()).isEqualTo("2014");
        expected.forEach((year, sums) -> assertThat(values(perMarket, String.valueOf(year)))
                .as("%s: the file's sums by market", year)
                .containsExactly(sums[0], sums[1], sums[2], sums[3], sums[0] + sums[1] + sums[2] + sums[3]));
        assertThat(expected.get(2014)[Market.EUROPE.ordinal()]).isPositive();
        var index = section(result, "Indice de fréquentation par marché");
        assertThat(values(index, "2019")).containsExactly(100.0, 100.0, 100.0, 100.0);
        assertThat(values(index, "2014").get(1).doubleValue())
                .as("Europeans in 2014, against 2019")
                .isBetween(50.0, 150.0);
        assertThat(result)
                .as("every figure equals the raw rows' and the imported counts'")
                .isEqualTo(TestUsers.as(
                        "director", AppRoles.DIRECTOR, () -> RawReports.report(reports, jdbc, request, Locale.FRENCH)));
    }

    @AfterEach
    void forgetTheDemoRowsAndTheImport() {
        var jdbc = new JdbcTemplate(dataSource);
        if (imported != null) {
            TestUsers.as("admin", AppRoles.ADMIN, () -> pastCounts.undo(imported.id()));
            jdbc.update("DELETE FROM past_count_import WHERE id = ?", imported.id());
        }
        if (desk != null) {
            jdbc.update("DELETE FROM interaction WHERE desk_id = ?", desk);
            aggregates.rebuild();
        }
    }

    private static ReportSection section(ReportResult result, String title) {
        return result.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private static List<Number> values(ReportSection section, String year) {
        ReportRow row = section.rows().stream()
                .filter(r -> r.label().equals(year))
                .findFirst()
                .orElseThrow();
        return row.values().stream().map(Number.class::cast).toList();
    }
}
