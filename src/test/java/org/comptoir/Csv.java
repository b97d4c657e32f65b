package org.comptoir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The CSV files Comptoir writes, read back strictly, for the export tests. */
public final class Csv {

    private Csv() {}

    /**
     * Reads CSV as RFC 4180 says, with {@code ;} between fields: quoted fields may hold separators,
     * line breaks and doubled quotes; a record ends with CRLF, and a bare line feed outside quotes is
     * an error.
     */
    public static List<List<String>> parse(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(List.copyOf(row));
                row.clear();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new AssertionError("a line break outside quotes that is not CRLF, at " + i);
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("a quote left open").isFalse();
        assertThat(row).as("the last line ends with CRLF").isEmpty();
        return rows;
    }
}
