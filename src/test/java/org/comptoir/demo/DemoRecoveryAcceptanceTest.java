package org.comptoir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.reference.ListItemDraft;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
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
import org.comptoir.report.export.ReportExports;
import org.comptoir.security.AppRoles;
import org.comptoir.visit.InteractionBulkWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6's acceptance on demo data: the demo history (seed 42) is written on a desk of its own, the
 * recovery report 2019–2025 shows Europeans dropping in 2020–2021 and coming back from 2022, equals the
 * same report computed from the raw rows, and its XLSX and PDF exports carry its figures. The rows are
 * deleted afterwards and the aggregates rebuilt, leaving the shared test database as it was.
 */
@ComptoirTest
class DemoRecoveryAcceptanceTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ComptoirProperties properties;

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
    ReportExports exports;

    private Long desk;

    @Test
    void europeans_drop_in_2020_and_2021_come_back_from_2022_and_every_exported_figure_is_the_raw_datas()
            throws Exception {
        desk = TestUsers.as(
                        "admin",
                        AppRoles.ADMIN,
                        () -> lists.save(
                                ListKind.DESK,
                                new ListItemDraft(null, 0, "DEMOACC" + System.nanoTime() % 100000, "Démo", "Demo", 92)))
                .id();
        OneDeskHistory.write(lists, attractions, writer, desk, 30_000, LocalDate.of(2025, 12, 31));
        var request = new ReportRequest(
                ReportKind.RECOVERY,
                ReportPeriod.years(2019, 2025),
                new ReportFilter(desk, null, null),
                Comparison.referenceYear(2019),
                false);

        var result = TestUsers.as("director", AppRoles.DIRECTOR, () -> reports.report(request, Locale.FRENCH));

        var index = section(result, "Indice de fréquentation par marché");
        var europe = 1;
        assertThat(value(index, "2019", europe)).isEqualTo(100.0);
        assertThat(value(index, "2020", europe)).as("Europeans in 2020").isLessThan(40);
        assertThat(value(index, "2021", europe)).as("Europeans in 2021").isLessThan(40);
        assertThat(value(index, "2022", europe)).as("back from 2022").isGreaterThan(value(index, "2021", europe) + 20);
        assertThat(value(index, "2023", europe)).isGreaterThan(value(index, "2022", europe));
        assertThat(value(index, "2025", europe)).isGreaterThan(85);
        var longHaul = 2;
        assertThat(value(index, "2023", longHaul))
                .as("long-haul later than Europe")
                .isLessThan(value(index, "2023", europe));
        assertThat(result)
                .as("every figure equals the raw rows'")
                .isEqualTo(TestUsers.as(
                        "director",
                        AppRoles.DIRECTOR,
                        () -> RawReports.report(reports, new JdbcTemplate(dataSource), request, Locale.FRENCH)));

        var xlsx = new ByteArrayOutputStream();
        exports.xlsx(result, xlsx);
        var exported = new ArrayList<Double>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(
                    result.sections().indexOf(section(result, "Visiteurs par marché et par année")));
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    exported.add(cell.getNumericCellValue());
                }
            }));
        }
        var perMarket = section(result, "Visiteurs par marché et par année");
        var shown = perMarket.rows().stream()
                .flatMap(r -> r.values().stream())
                .map(v -> v.doubleValue())
                .toList();
        assertThat(exported).as("the XLSX holds the table's numbers").containsAll(shown);
        var pdf = new ByteArrayOutputStream();
        exports.pdf(result, Locale.FRENCH, pdf);
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            var text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u202f', ' ')
                    .replace('\u00a0', ' ');
            assertThat(text).contains("Reprise des marchés", "2019", "2025");
            var visitors2020 = perMarket.rows().stream()
                    .filter(r -> r.label().equals("2020"))
                    .findFirst()
                    .orElseThrow()
                    .values()
                    .get(europe)
                    .longValue();
            assertThat(text.replace(" ", "")).contains(String.valueOf(visitors2020));
        }
    }

    @AfterEach
    void forgetTheDemoRows() {
        if (desk != null) {
            var jdbc = new JdbcTemplate(dataSource);
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

    private static double value(ReportSection section, String year, int column) {
        ReportRow row = section.rows().stream()
                .filter(r -> r.label().equals(year))
                .findFirst()
                .orElseThrow();
        return row.values().get(column).doubleValue();
    }
}
