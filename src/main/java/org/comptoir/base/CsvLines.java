package org.comptoir.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV the way a French spreadsheet opens it as it is: {@code ;} between fields, CRLF after each line,
 * UTF-8 with a byte order mark at the start of the file (written by the caller, {@link #BOM}).
 */
public final class CsvLines {

    /** What a spreadsheet needs at the start of the file to read it as UTF-8. */
    public static final char BOM = '\uFEFF';

    private static final char SEPARATOR = ';';
    private static final String CRLF = "\r\n";
    /** What a spreadsheet would start running as a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain number as the exports write them (no grouping, either decimal separator): kept as a number. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvLines() {}

    /**
     * One CSV line, RFC 4180 style: a field with a separator, a quote or a line break goes in quotes. A text
     * field that a spreadsheet would run as a formula (a visitor's note, an imported name) starts with a
     * {@code '}, so that it is shown as text; numbers, negative ones too, stay numbers.
     */
    public static void write(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            var field = neutralised(fields.get(i));
            if (field.indexOf(SEPARATOR) >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(field.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(field);
            }
        }
        writer.write(CRLF);
    }

    private static String neutralised(String field) {
        if (field.isEmpty()
                || FORMULA_STARTS.indexOf(field.charAt(0)) < 0
                || NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }
}
