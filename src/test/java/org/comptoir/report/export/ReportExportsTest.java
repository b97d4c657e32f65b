package org.comptoir.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.comptoir.Csv;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Translations;
import org.junit.jupiter.api.Test;

/** The export files read back the way their readers would: a CSV parser, POI, PDFBox. */
class ReportExportsTest {

    private final ReportExports exports = new ReportExports(
            new ReportCharts(),
            new Translations(),
            Clock.fixed(Instant.parse("2026-11-27T10:15:00Z"), ZoneId.of("UTC")),
            new ComptoirProperties(
                    false,
                    null,
                    "Office de tourisme de Clermont",
                    ZoneId.of("Europe/Paris"),
                    5,
                    Duration.ofMinutes(15)));

    @Test
    void the_csv_starts_with_a_bom_the_title_and_context_and_lists_plain_numbers() {
        var out = new ByteArrayOutputStream();
        exports.csv(Reports.recovery(), Locale.FRENCH, out);
        var bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var lines = text.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("Reprise des marchés");
        assertThat(lines[1]).isEqualTo("Période : 2019–2025");
        assertThat(lines[2])
                .as("a context line with a ; is quoted")
                .isEqualTo("\"Tous les accueils ; comparaison : 2019\"");
        var rows = Csv.parse(text);
        assertThat(rows)
                .contains(
                        List.of("Indice par marché"),
                        List.of("Visiteurs (personnes)"),
                        List.of("Année", "France", "Europe", "Long-courrier", "Part des Européens", "Évolution"),
                        List.of("2019", "100", "70", "100", "61,3", ""),
                        List.of("2020", "102", "75", "46", "62,3", "-2,0"),
                        List.of("Marché", "2019", "2025", "Indice 2025 (2019 = 100)"),
                        List.of("France", "1200", "1350", "113"),
                        List.of("Total", "9999", "9999", "99"));
    }

    @Test
    void the_english_csv_uses_a_decimal_point() {
        var out = new ByteArrayOutputStream();
        exports.csv(Reports.recovery(), Locale.ENGLISH, out);

        assertThat(Csv.parse(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1)))
                .contains(List.of("2020", "102", "75", "46", "62.3", "-2.0"));
    }

    @Test
    void the_workbook_has_a_sheet_per_section_with_bold_headers_and_numeric_cells() throws IOException {
        var out = new ByteArrayOutputStream();
        exports.xlsx(Reports.recovery(), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Indice par marché");
            assertThat(workbook.getSheetName(1)).isEqualTo("Visiteurs par marché");
            var sheet = workbook.getSheetAt(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reprise des marchés");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Période : 2019–2025");
            var header = findRow(sheet, "Marché");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as("frozen below the header")
                    .isEqualTo((short) (header + 1));
            var headerCell = sheet.getRow(header).getCell(1);
            assertThat(headerCell.getStringCellValue()).isEqualTo("2019");
            assertThat(workbook.getFontAt(headerCell.getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            var france = sheet.getRow(header + 1);
            assertThat(france.getCell(0).getStringCellValue()).isEqualTo("France");
            assertThat(france.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(france.getCell(1).getNumericCellValue()).isEqualTo(1200);
            assertThat(france.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            var total = sheet.getRow(header + 4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.getFontAt(total.getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();

            var index = workbook.getSheetAt(0);
            var first = index.getRow(findRow(index, "Année") + 1);
            assertThat(first.getCell(4).getNumericCellValue())
                    .as("a share as a fraction shown in %")
                    .isEqualTo(0.613, Offset.offset(1e-9));
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCell(5)).as("no change for the first year").isNull();
            assertThat(index.getColumnWidth(0)).isGreaterThanOrEqualTo(12 * 256);
        }
    }

    @Test
    void sheet_names_are_cut_to_31_characters_cleaned_and_unique() {
        var taken = new HashSet<String>();

        var first = ReportExports.sheetName("Visiteurs par pays : top 20 / mois [2025] et plus encore", taken);
        var second = ReportExports.sheetName("Visiteurs par pays : top 20 / mois [2025] et plus encore", taken);

        assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":");
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith("(2)").isNotEqualTo(first);
    }

    @Test
    void the_pdf_is_landscape_with_title_period_figures_page_numbers_and_vector_charts() throws IOException {
        var out = new ByteArrayOutputStream();
        exports.pdf(Reports.origins(), Locale.FRENCH, out);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "report-origins.pdf"), out.toByteArray());

        try (var document = Loader.loadPDF(out.toByteArray())) {
            var page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isGreaterThan(page.getMediaBox().getHeight());
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Provenance des visiteurs",
                            "Période : juillet 2025",
                            "Visiteurs par marché",
                            "Visiteurs (personnes)",
                            "Europe (hors France)",
                            "1\u00a0200",
                            "1\u00a0350",
                            "Office de tourisme de Clermont — généré le 27 novembre 2026");
            assertThat(text).containsPattern("Page 1 ?/ " + document.getNumberOfPages());
            assertThat(text.indexOf("Visiteurs par marché"))
                    .as("the first section's title comes before its table")
                    .isLessThan(text.indexOf("Total 9"));
            var forms = new ArrayList<PDFormXObject>();
            for (var p : document.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDFormXObject form) {
                        forms.add(form);
                    }
                }
            }
            assertThat(forms).as("one vector chart per section").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void file_names_come_from_the_file_stem() {
        var result = Reports.recovery();

        assertThat(List.of(
                        ReportExports.csvName(result), ReportExports.xlsxName(result), ReportExports.pdfName(result)))
                .containsExactly(
                        "comptoir-recovery-2019-2025.csv",
                        "comptoir-recovery-2019-2025.xlsx",
                        "comptoir-recovery-2019-2025.pdf");
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (var row : sheet) {
            var cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(firstCell)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }
}
