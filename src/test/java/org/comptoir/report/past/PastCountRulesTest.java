package org.comptoir.report.past;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each row of a past-counts file, read strictly: what an accepted one gives, and why each bad one is refused. */
class PastCountRulesTest {

    private static final PastCountRules.Vocabulary WORDS = new PastCountRules.Vocabulary(
            Map.of("main", 1L, "accueil principal", 1L, "main desk", 1L, "summit", 2L),
            Map.of("DE", "DE", "FR", "FR", "GB", "GB", "US", "US", "allemagne", "DE", "germany", "DE"),
            Set.of("63", "2A", "971"),
            Map.of("desk", "DESK", "phone", "PHONE", "telephone", "PHONE"),
            YearMonth.of(2026, 12));

    @TempDir
    Path temp;

    /** What the rules made of each data row: its line, or its problems' keys and arguments. */
    private record Outcome(PastCountLine line, List<String> problems) {}

    private List<Outcome> read(String csv) throws IOException {
        var file = temp.resolve("counts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return read(file);
    }

    private List<Outcome> read(Path file) throws IOException {
        var outcomes = new ArrayList<Outcome>();
        PastCountRules[] rules = {null};
        PastCountFile.read(file, row -> {
            if (PastCountRules.blank(row)) {
                return;
            }
            if (rules[0] == null) {
                rules[0] = PastCountRules.forHeader(row, WORDS);
                return;
            }
            var parsed = rules[0].parse(row);
            outcomes.add(new Outcome(
                    parsed.line(),
                    parsed.problems().stream().map(p -> p.key() + p.args()).toList()));
        });
        return outcomes;
    }

    private List<String> problems(String row) throws IOException {
        var outcomes = read("mois;accueil;provenance;canal;contacts;visiteurs\n" + row + "\n");
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.getFirst().line()).as("refused").isNull();
        return outcomes.getFirst().problems();
    }

    @Test
    void a_row_gives_its_month_desk_origin_channel_and_counts_in_the_ways_a_spreadsheet_writes_them()
            throws IOException {
        var outcomes = read("""
                \uFEFFmois;accueil;provenance;canal;contacts;visiteurs
                2019-07;MAIN;DE;desk;120;310
                07/2019;Accueil principal;FR-63;Téléphone;"1 234";1 500
                2019-08-01;summit;Europe;;0;0

                01/09/2019;main;inconnu;PHONE;3;3
                2019-9;Main desk;Allemagne;;1;2
                2019-10;MAIN;Monde;;4;9
                2019-11;MAIN;fr;;5;8
                """);

        assertThat(outcomes)
                .extracting(Outcome::problems)
                .allSatisfy(p -> assertThat(p).isEmpty());
        assertThat(outcomes)
                .extracting(Outcome::line)
                .containsExactly(
                        new PastCountLine(2, YearMonth.of(2019, 7), 1, "DESK", "DE", "", 120, 310),
                        new PastCountLine(3, YearMonth.of(2019, 7), 1, "PHONE", "FR", "63", 1234, 1500),
                        new PastCountLine(4, YearMonth.of(2019, 8), 2, "", "XE", "", 0, 0),
                        new PastCountLine(6, YearMonth.of(2019, 9), 1, "PHONE", "", "", 3, 3),
                        new PastCountLine(7, YearMonth.of(2019, 9), 1, "", "DE", "", 1, 2),
                        new PastCountLine(8, YearMonth.of(2019, 10), 1, "", "XW", "", 4, 9),
                        new PastCountLine(9, YearMonth.of(2019, 11), 1, "", "FR", "", 5, 8));
    }

    @Test
    void an_unknown_country_or_departement_is_refused_with_what_the_file_says() throws IOException {
        assertThat(problems("2019-07;MAIN;ZZ;;1;1")).containsExactly("past.reason.origin.unknown[ZZ]");
        assertThat(problems("2019-07;MAIN;Atlantide;;1;1")).containsExactly("past.reason.origin.unknown[Atlantide]");
        assertThat(problems("2019-07;MAIN;FR-99;;1;1")).containsExactly("past.reason.departement.unknown[FR-99]");
        assertThat(problems("2019-07;MAIN;;;1;1")).containsExactly("past.reason.origin.missing[]");
    }

    @Test
    void negative_counts_are_refused() throws IOException {
        assertThat(problems("2019-07;MAIN;DE;;-3;4")).containsExactly("past.reason.contacts.negative[-3]");
        assertThat(problems("2019-07;MAIN;DE;;3;-4")).containsExactly("past.reason.visitors.negative[-4]");
    }

    @Test
    void counts_that_are_not_whole_numbers_are_refused() throws IOException {
        assertThat(problems("2019-07;MAIN;DE;;12,5;13")).containsExactly("past.reason.contacts.not-integer[12,5]");
        assertThat(problems("2019-07;MAIN;DE;;12;13.5")).containsExactly("past.reason.visitors.not-integer[13.5]");
        assertThat(problems("2019-07;MAIN;DE;;douze;13")).containsExactly("past.reason.contacts.not-integer[douze]");
        assertThat(problems("2019-07;MAIN;DE;;12;")).containsExactly("past.reason.visitors.missing[]");
        assertThat(problems("2019-07;MAIN;DE;;12;20000000"))
                .containsExactly("past.reason.visitors.too-large[20000000, 10000000]");
    }

    @Test
    void a_month_that_is_not_over_yet_is_refused_and_so_is_one_before_2001() throws IOException {
        // the vocabulary's current month is December 2026
        assertThat(problems("2026-12;MAIN;DE;;1;1")).containsExactly("past.reason.month.future[2026-12]");
        assertThat(problems("2027-03;MAIN;DE;;1;1")).containsExactly("past.reason.month.future[2027-03]");
        assertThat(problems("2000-12;MAIN;DE;;1;1")).containsExactly("past.reason.month.too-old[2000-12, 2001-01]");
        assertThat(read("mois;accueil;provenance;canal;contacts;visiteurs\n2026-11;MAIN;DE;;1;1\n"))
                .extracting(Outcome::problems)
                .containsExactly(List.of());
    }

    @Test
    void an_unreadable_month_an_unknown_desk_or_channel_are_refused_each_with_its_reason() throws IOException {
        assertThat(problems("2019-13;MAIN;DE;;1;1")).containsExactly("past.reason.month.invalid[2019-13]");
        assertThat(problems("juillet 2019;MAIN;DE;;1;1")).containsExactly("past.reason.month.invalid[juillet 2019]");
        assertThat(problems("2019-07-15;MAIN;DE;;1;1")).containsExactly("past.reason.month.invalid[2019-07-15]");
        assertThat(problems("2019-07;Kiosque;DE;;1;1")).containsExactly("past.reason.desk.unknown[Kiosque]");
        assertThat(problems("2019-07;MAIN;DE;pigeon;1;1")).containsExactly("past.reason.channel.unknown[pigeon]");
    }

    @Test
    void every_problem_of_a_row_is_reported_not_only_the_first() throws IOException {
        assertThat(problems("2019-13;Kiosque;ZZ;pigeon;-1;1,5;extra"))
                .containsExactly(
                        "past.reason.extra-cells[7, 6]",
                        "past.reason.month.invalid[2019-13]",
                        "past.reason.desk.unknown[Kiosque]",
                        "past.reason.origin.unknown[ZZ]",
                        "past.reason.channel.unknown[pigeon]",
                        "past.reason.contacts.negative[-1]",
                        "past.reason.visitors.not-integer[1,5]");
    }

    @Test
    void columns_are_found_by_their_french_or_english_names_in_any_order_and_a_comma_csv_is_read_too()
            throws IOException {
        var outcomes = read("""
                Visitors,Contacts,Origin,Month,Desk
                "1234",1000,"Germany",2019-07,MAIN
                """);

        assertThat(outcomes)
                .extracting(Outcome::line)
                .containsExactly(new PastCountLine(2, YearMonth.of(2019, 7), 1, "", "DE", "", 1000, 1234));
    }

    @Test
    void a_header_without_the_required_columns_or_with_an_unknown_one_refuses_the_whole_file() {
        assertThatThrownBy(() -> read("mois;accueil;provenance;contacts\n2019-07;MAIN;DE;1\n"))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(
                                        PastCountProblem.of("past.file.missing-columns", 1, "visitors / visiteurs")));
        assertThatThrownBy(() -> read("mois;accueil;provenance;chanel;contacts;visiteurs\n"))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(PastCountProblem.of("past.file.unknown-column", 1, "chanel")));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_the_line_where_it_goes_wrong() throws IOException {
        var file = temp.resolve("latin1.csv");
        Files.write(
                file,
                "mois;accueil;provenance;canal;contacts;visiteurs\n2019-07;MAIN;DE;;1;1\n2019-07;Accueil Clermont-Ferrand Côte;DE;;1;1\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem()).isEqualTo(PastCountProblem.of("past.file.not-utf8", 3)));
    }

    @Test
    void an_unclosed_quote_an_old_xls_or_a_binary_file_refuses_the_whole_file() throws IOException {
        assertThatThrownBy(() -> read("mois;accueil;provenance;canal;contacts;visiteurs\n2019-07;\"MAIN;DE;;1;1\n"))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem()).isEqualTo(PastCountProblem.of("past.file.csv-quote", 2)));
        var xls = temp.resolve("old.xls");
        Files.write(
                xls,
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThatThrownBy(() -> read(xls))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem()).isEqualTo(PastCountProblem.of("past.file.xls")));
        var broken = temp.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("past.file.not-xlsx"));
        var binary = temp.resolve("binary.csv");
        Files.write(binary, new byte[] {'m', 'o', 0, 1, 2});
        assertThatThrownBy(() -> read(binary))
                .isInstanceOfSatisfying(
                        PastCountFileError.class,
                        e -> assertThat(e.problem()).isEqualTo(PastCountProblem.of("past.file.binary")));
    }

    @Test
    void a_workbook_is_read_from_its_first_sheet_dates_as_months_and_numbers_whatever_their_display()
            throws IOException {
        var file = temp.resolve("counts.xlsx");
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Comptages");
            var header = sheet.createRow(0);
            var names = List.of("Mois", "Accueil", "Provenance", "Canal", "Contacts", "Visiteurs");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            var grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2019, 7, 1));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue("MAIN");
            row.createCell(2).setCellValue("FR-2A");
            // the channel's cell left out: an empty cell
            row.createCell(4).setCellValue(1234);
            row.getCell(4).setCellStyle(grouped);
            row.createCell(5).setCellValue(1500);
            var bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("2019-08");
            bad.createCell(1).setCellValue("MAIN");
            bad.createCell(2).setCellValue("US");
            bad.createCell(4).setCellValue(12.5);
            bad.getCell(4).setCellStyle(grouped);
            bad.createCell(5).setCellValue(-2);
            workbook.createSheet("Aide").createRow(0).createCell(0).setCellValue("not read");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        var outcomes = read(file);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).line())
                .isEqualTo(new PastCountLine(2, YearMonth.of(2019, 7), 1, "", "FR", "2A", 1234, 1500));
        assertThat(outcomes.get(1).problems())
                .containsExactly("past.reason.contacts.not-integer[12.5]", "past.reason.visitors.negative[-2]");
    }
}
