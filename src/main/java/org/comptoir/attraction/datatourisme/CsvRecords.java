package org.comptoir.attraction.datatourisme;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/**
 * The points of a flattened DATAtourisme CSV, one line at a time: {@code ;} or {@code ,} separators
 * (told by the header), fields quoted or not ({@code ""} inside quotes), line breaks inside quotes,
 * list cells separated by {@code |}. The header names the columns, in any order; French
 * DATAtourisme-like names and plain English ones are both understood.
 */
final class CsvRecords implements SourceReader.Records {

    /** The columns we read, with the header names that mean them (compared folded, punctuation ignored). */
    enum Column {
        URI(true, "URI_ID_du_POI", "uri", "id", "@id"),
        LABEL(true, "Nom_du_POI", "label", "nom", "name", "Nom_du_POI_fr", "label_fr"),
        LABEL_EN(false, "Nom_du_POI_en", "label_en", "name_en"),
        TYPES(false, "Categories_de_POI", "types", "type", "categories"),
        THEMES(false, "Themes", "theme"),
        PERIODS(false, "Periodes_regroupees", "periodes", "dates", "periods"),
        STREET(false, "Adresse_postale", "adresse", "address", "street"),
        POSTAL_CODE(false, "Code_postal", "postal_code", "postcode"),
        CITY(false, "Commune", "city", "ville"),
        INSEE(false, "Code_INSEE", "insee"),
        LATITUDE(true, "Latitude", "lat"),
        LONGITUDE(true, "Longitude", "lon", "lng"),
        EMAIL(false, "Contacts_du_POI(email)", "Contacts_du_POI", "email", "e-mail", "courriel"),
        WEBSITE(false, "Site_web", "website", "web", "homepage"),
        PHONE(false, "Telephone", "phone", "tel"),
        LAST_UPDATE(false, "Date_de_mise_a_jour", "last_update", "lastUpdate", "mise_a_jour"),
        COMMENT(false, "Description", "comment", "description_fr"),
        COMMENT_EN(false, "Description_en", "comment_en");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = Arrays.stream(names).map(CsvRecords::headerKey).toList();
        }
    }

    static final String REQUIRED_HEADERS = "URI_ID_du_POI, Nom_du_POI, Latitude, Longitude";

    /** A record longer than this is refused rather than kept in memory (a lost quote would swallow the file). */
    static final int MAX_RECORD = 200_000;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private char separator = ';';
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private int width;

    CsvRecords(Reader in) {
        this.in = in;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public @Nullable SourceRecord next() {
        if (width == 0) {
            readHeader();
        }
        Row row;
        do {
            row = readRow();
            if (row == null) {
                return null;
            }
        } while (row.isBlank());
        return record(row);
    }

    private void readHeader() {
        var headerLine = line;
        var raw = new StringBuilder();
        int c;
        while ((c = read()) != -1 && c != '\n' && c != '\r') {
            raw.append((char) c);
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != -1) {
            line++;
        }
        separator = separatorOf(raw);
        var names = split(raw.toString());
        for (int i = 0; i < names.size(); i++) {
            var key = headerKey(names.get(i));
            for (var column : Column.values()) {
                if (!columns.containsKey(column) && column.names.contains(key)) {
                    columns.put(column, i);
                }
            }
        }
        var missing = Arrays.stream(Column.values())
                .filter(column -> column.required && !columns.containsKey(column))
                .toList();
        if (names.size() < 2 || !missing.isEmpty()) {
            throw new ImportFileError("import.file.csv-header", headerLine, REQUIRED_HEADERS);
        }
        width = names.size();
    }

    /** The separator used most outside quotes in the header: ';', ',' or a tab. */
    private static char separatorOf(CharSequence header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            var c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    private List<String> split(String header) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            var c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    static String headerKey(String name) {
        return Text.fold(name.startsWith("\uFEFF") ? name.substring(1) : name).replace(" ", "");
    }

    /** One record, which may span several lines when a quoted field holds line breaks. */
    private record Row(
            long line, List<String> fields, @Nullable ImportReason problem) {
        boolean isBlank() {
            return problem == null && fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    private @Nullable Row readRow() {
        var start = line;
        var c = read();
        if (c == -1) {
            return null;
        }
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        ImportReason problem = null;
        int size = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    problem = problem != null ? problem : ImportReason.of("import.reason.csv-quote");
                }
                break;
            }
            var ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (ch == '\n' || ch == '\r' && peek() != '\n') {
                        line++;
                    }
                    if (++size <= MAX_RECORD) {
                        field.append(ch);
                    }
                }
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                afterQuote = false;
                c = read();
                continue;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                break;
            } else if (ch == '"' && afterQuote) {
                // "" inside a quoted field: one quote
                field.append('"');
                quoted = true;
                afterQuote = false;
            } else if (ch == '"' && fieldStart) {
                quoted = true;
            } else {
                if (afterQuote && problem == null) {
                    problem = ImportReason.of("import.reason.csv-after-quote");
                }
                if (++size <= MAX_RECORD) {
                    field.append(ch);
                }
            }
            fieldStart = false;
            c = read();
        }
        fields.add(field.toString());
        if (size > MAX_RECORD) {
            problem = ImportReason.of("import.reason.too-large", MAX_RECORD);
        }
        return new Row(start, fields, problem);
    }

    private SourceRecord record(Row row) {
        var fields = row.fields();
        var uriIndex = columns.get(Column.URI);
        var uri = uriIndex < fields.size() ? blankToNull(fields.get(uriIndex)) : null;
        if (row.problem() != null) {
            return SourceRecord.malformed((int) row.line(), uri, row.problem());
        }
        var extra = fields.subList(Math.min(width, fields.size()), fields.size());
        if (fields.size() < width || extra.stream().anyMatch(f -> !f.isBlank())) {
            return SourceRecord.malformed(
                    (int) row.line(), uri, ImportReason.of("import.reason.csv-columns", fields.size(), width));
        }
        var labels = new LinkedHashMap<String, String>();
        put(labels, "fr", cell(fields, Column.LABEL));
        put(labels, "en", cell(fields, Column.LABEL_EN));
        var comments = new LinkedHashMap<String, String>();
        put(comments, "fr", cell(fields, Column.COMMENT));
        put(comments, "en", cell(fields, Column.COMMENT_EN));
        var periods = list(cell(fields, Column.PERIODS)).stream()
                .map(CsvRecords::period)
                .toList();
        return new SourceRecord(
                (int) row.line(),
                uri,
                list(cell(fields, Column.TYPES)),
                list(cell(fields, Column.THEMES)),
                labels,
                comments,
                cell(fields, Column.LATITUDE),
                cell(fields, Column.LONGITUDE),
                cell(fields, Column.STREET),
                cell(fields, Column.POSTAL_CODE),
                cell(fields, Column.CITY),
                cell(fields, Column.INSEE),
                first(cell(fields, Column.EMAIL)),
                first(cell(fields, Column.WEBSITE)),
                first(cell(fields, Column.PHONE)),
                cell(fields, Column.LAST_UPDATE),
                periods,
                null);
    }

    /** "2025-07-05<->2025-07-07", "2025-07-05/2025-07-07", "05/07/2025 au 07/07/2025" or a single day. */
    static SourceRecord.Period period(String text) {
        for (var between : List.of("<->", " au ", " to ", " - ")) {
            var at = text.indexOf(between);
            if (at > 0) {
                return new SourceRecord.Period(
                        text.substring(0, at).strip(),
                        text.substring(at + between.length()).strip());
            }
        }
        var slash = text.indexOf('/');
        if (slash == 10 && text.length() == 21) {
            return new SourceRecord.Period(text.substring(0, 10), text.substring(11));
        }
        return new SourceRecord.Period(text.strip(), text.strip());
    }

    private @Nullable String cell(List<String> fields, Column column) {
        var index = columns.get(column);
        return index == null ? null : blankToNull(fields.get(index));
    }

    private static List<String> list(@Nullable String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable String first(@Nullable String cell) {
        var all = list(cell);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static void put(Map<String, String> texts, String language, @Nullable String text) {
        if (text != null) {
            texts.put(language, text);
        }
    }

    private static @Nullable String blankToNull(String text) {
        var stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            var count = in.read(buffer, 0, buffer.length);
            if (count <= 0) {
                return false;
            }
            position = 0;
            limit = count;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
