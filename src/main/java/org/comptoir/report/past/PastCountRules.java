package org.comptoir.report.past;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.comptoir.reference.Country;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/**
 * What one row of a past-counts file says, or why it cannot be imported: the columns are found by their names
 * (French or English, any case or accent), then each cell is read strictly — a month that is over (not before
 * 2001, the desk's own limit), a desk by its code or name, an origin (an ISO country code or name, {@code FR-63}
 * for a French département, or a market: France, Europe, World, Unknown), an optional channel, and whole
 * non-negative counts. Every problem of a row is reported, not only the first.
 */
final class PastCountRules {

    /** The oldest month anybody may import: the desk's own oldest date (visit.BackDating). */
    static final YearMonth OLDEST = YearMonth.of(2001, 1);
    /** More than any desk counts in a month: a bigger number is a mistake (a year, a total, a phone number). */
    static final long MAX_COUNT = 10_000_000;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern DEPARTEMENT = Pattern.compile("(?i)FR[- ]?(\\w{2,3})");
    private static final Pattern DIGITS = Pattern.compile("-?\\d+");
    /** Spaces a spreadsheet groups thousands with: space, no-break space, narrow no-break space. */
    private static final Pattern GROUPING = Pattern.compile("[ \\u00a0\\u202f]");

    /** The file's columns. */
    enum Column {
        MONTH(true, "month", "mois"),
        DESK(true, "desk", "accueil", "bureau", "point d accueil"),
        ORIGIN(true, "origin", "provenance", "origine"),
        CHANNEL(false, "channel", "canal"),
        CONTACTS(true, "contacts", "contacts", "interactions", "echanges"),
        VISITORS(true, "visitors", "visiteurs", "persons", "personnes");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        /** The name the template gives the column in a language ("mois", "month"): the English one first, then the French. */
        String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? names.get(0) : names.get(1);
        }

        static Optional<Column> named(String header) {
            var folded = Text.fold(header);
            for (var column : values()) {
                if (column.names.contains(folded)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The words a file may use, built once per file.
     *
     * @param desks     desk codes and French and English names, folded ({@link Text#fold}), to the desk's id
     * @param countries ISO codes (upper case) and French and English names (folded) to the ISO code
     * @param departements the codes of the French départements ("63", "2A", "971")
     * @param channels  channel codes and French and English labels, folded, to the channel's code
     * @param current   the office's current month: only the months before it are over
     */
    record Vocabulary(
            Map<String, Long> desks,
            Map<String, String> countries,
            Set<String> departements,
            Map<String, String> channels,
            YearMonth current) {}

    /** A row read: the line, or what is wrong with it. */
    record Parsed(@Nullable PastCountLine line, List<PastCountProblem> problems) {}

    /** Market words for an origin, folded: France, the rest of Europe, the rest of the world, unknown. */
    private static final Map<String, String> MARKETS = markets();

    private final Map<Column, Integer> columns;
    private final Vocabulary vocabulary;

    private PastCountRules(Map<Column, Integer> columns, Vocabulary vocabulary) {
        this.columns = columns;
        this.vocabulary = vocabulary;
    }

    /** The rules for a file whose first row is this header; a {@link PastCountFileError} for a header we cannot read. */
    static PastCountRules forHeader(PastCountFile.Row header, Vocabulary vocabulary) {
        var columns = new EnumMap<Column, Integer>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            var name = header.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            var column = Column.named(name)
                    .orElseThrow(() -> new PastCountFileError("past.file.unknown-column", header.line(), name));
            if (columns.put(column, i) != null) {
                throw new PastCountFileError("past.file.column-twice", header.line(), name);
            }
        }
        var missing = new ArrayList<String>();
        for (var column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                missing.add(column.name(Locale.ENGLISH) + " / " + column.name(Locale.FRENCH));
            }
        }
        if (!missing.isEmpty()) {
            throw new PastCountFileError("past.file.missing-columns", header.line(), String.join(", ", missing));
        }
        return new PastCountRules(columns, vocabulary);
    }

    static boolean blank(PastCountFile.Row row) {
        return row.cells().stream().allMatch(String::isBlank);
    }

    Parsed parse(PastCountFile.Row row) {
        var problems = new ArrayList<PastCountProblem>();
        if (row.malformed()) {
            problems.add(PastCountProblem.of("past.reason.csv-quote"));
        }
        var last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = last + 1; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                problems.add(PastCountProblem.of(
                        "past.reason.extra-cells", row.cells().size(), last + 1));
                break;
            }
        }
        var month = month(cell(row, Column.MONTH), problems);
        var desk = desk(cell(row, Column.DESK), problems);
        var origin = origin(cell(row, Column.ORIGIN), problems);
        var channel = channel(cell(row, Column.CHANNEL), problems);
        var contacts = count(cell(row, Column.CONTACTS), "contacts", problems);
        var visitors = count(cell(row, Column.VISITORS), "visitors", problems);
        if (!problems.isEmpty() || month == null || desk == null || origin == null || channel == null) {
            return new Parsed(null, problems);
        }
        return new Parsed(
                new PastCountLine(row.line(), month, desk, channel, origin[0], origin[1], contacts, visitors),
                problems);
    }

    private String cell(PastCountFile.Row row, Column column) {
        var index = columns.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        return row.cells().get(index).strip();
    }

    private @Nullable YearMonth month(String text, List<PastCountProblem> problems) {
        if (text.isEmpty()) {
            problems.add(PastCountProblem.of("past.reason.month.missing"));
            return null;
        }
        YearMonth month = null;
        try {
            var m = MONTH.matcher(text);
            var day = ISO_DAY.matcher(text);
            var monthYear = MONTH_YEAR.matcher(text);
            var dayMonthYear = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else if (day.matches() && Integer.parseInt(day.group(3)) == 1) {
                month = YearMonth.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
            } else if (monthYear.matches()) {
                month = YearMonth.of(Integer.parseInt(monthYear.group(2)), Integer.parseInt(monthYear.group(1)));
            } else if (dayMonthYear.matches() && Integer.parseInt(dayMonthYear.group(1)) == 1) {
                month = YearMonth.of(Integer.parseInt(dayMonthYear.group(3)), Integer.parseInt(dayMonthYear.group(2)));
            }
        } catch (RuntimeException notAMonth) {
            // 2019-13: not a month either
            month = null;
        }
        if (month == null) {
            problems.add(PastCountProblem.of("past.reason.month.invalid", text));
            return null;
        }
        if (!month.isBefore(vocabulary.current())) {
            problems.add(PastCountProblem.of("past.reason.month.future", month));
            return null;
        }
        if (month.isBefore(OLDEST)) {
            problems.add(PastCountProblem.of("past.reason.month.too-old", month, OLDEST));
            return null;
        }
        return month;
    }

    private @Nullable Long desk(String text, List<PastCountProblem> problems) {
        if (text.isEmpty()) {
            problems.add(PastCountProblem.of("past.reason.desk.missing"));
            return null;
        }
        var id = vocabulary.desks().get(Text.fold(text));
        if (id == null) {
            problems.add(PastCountProblem.of("past.reason.desk.unknown", text));
        }
        return id;
    }

    /** The country and the département ("" each when not given), or null when the origin is refused. */
    private String @Nullable [] origin(String text, List<PastCountProblem> problems) {
        if (text.isEmpty()) {
            problems.add(PastCountProblem.of("past.reason.origin.missing"));
            return null;
        }
        var departement = DEPARTEMENT.matcher(text);
        if (departement.matches()) {
            var code = departement.group(1).toUpperCase(Locale.ROOT);
            if (vocabulary.departements().contains(code)) {
                return new String[] {Country.FRANCE, code};
            }
            problems.add(PastCountProblem.of("past.reason.departement.unknown", text));
            return null;
        }
        var market = MARKETS.get(Text.fold(text));
        if (market != null) {
            return new String[] {market, ""};
        }
        var country = text.length() == 2
                ? vocabulary.countries().get(text.toUpperCase(Locale.ROOT))
                : vocabulary.countries().get(Text.fold(text));
        if (country == null) {
            problems.add(PastCountProblem.of("past.reason.origin.unknown", text));
            return null;
        }
        return new String[] {country, ""};
    }

    private @Nullable String channel(String text, List<PastCountProblem> problems) {
        if (text.isEmpty()) {
            return "";
        }
        var channel = vocabulary.channels().get(Text.fold(text));
        if (channel == null) {
            problems.add(PastCountProblem.of("past.reason.channel.unknown", text));
        }
        return channel;
    }

    /** A whole number from 0 to {@link #MAX_COUNT}; "1 234" too (a spreadsheet's grouping), not "12,5". */
    private static long count(String text, String column, List<PastCountProblem> problems) {
        if (text.isEmpty()) {
            problems.add(PastCountProblem.of("past.reason." + column + ".missing"));
            return 0;
        }
        var plain = GROUPING.matcher(text).replaceAll("");
        BigDecimal value;
        if (DIGITS.matcher(plain).matches()) {
            value = new BigDecimal(plain);
        } else {
            try {
                value = new BigDecimal(plain);
            } catch (NumberFormatException notANumber) {
                problems.add(PastCountProblem.of("past.reason." + column + ".not-integer", text));
                return 0;
            }
        }
        if (value.signum() < 0) {
            problems.add(PastCountProblem.of("past.reason." + column + ".negative", text));
            return 0;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(PastCountProblem.of("past.reason." + column + ".not-integer", text));
            return 0;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            problems.add(PastCountProblem.of("past.reason." + column + ".too-large", text, MAX_COUNT));
            return 0;
        }
        return value.longValueExact();
    }

    private static Map<String, String> markets() {
        var markets = new LinkedHashMap<String, String>();
        for (var word : List.of("france")) {
            markets.put(word, Country.FRANCE);
        }
        for (var word : List.of("europe", "reste de l europe", "rest of europe", "xe")) {
            markets.put(word, Country.EUROPE_NOT_GIVEN);
        }
        for (var word : List.of("monde", "world", "reste du monde", "rest of the world", "rest of world", "xw")) {
            markets.put(word, Country.WORLD_NOT_GIVEN);
        }
        for (var word : List.of("inconnu", "inconnue", "unknown", "non precise", "not given")) {
            markets.put(word, "");
        }
        return Map.copyOf(markets);
    }
}
