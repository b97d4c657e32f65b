package org.comptoir.report.past;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Translations;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departement;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.Text;
import org.comptoir.visit.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One pass over a past-counts file, for the preview and again for the commit: every row through the rules
 * ({@link PastCountRules}, with the office's desks, the countries, départements and channels), a second row for the
 * same month, desk, origin and channel refused, then every desk's month of the file that already holds logged
 * interactions or another import refused whole. Runs in its caller's transaction.
 */
@Component
class PastCountAnalysis {

    private final JdbcTemplate jdbc;
    private final ReferenceListService lists;
    private final Countries countries;
    private final Departements departements;
    private final Translations translations;
    private final Clock clock;
    private final ZoneId zone;

    PastCountAnalysis(
            JdbcTemplate jdbc,
            ReferenceListService lists,
            Countries countries,
            Departements departements,
            Translations translations,
            Clock clock,
            ComptoirProperties properties) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.countries = countries;
        this.departements = departements;
        this.translations = translations;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * Reads a file through the rules, hands every row it accepts to {@code accepted}, then refuses the desks'
     * months that already hold logged interactions or another import than {@code importing} (the commit's own).
     */
    Analysis analyse(Path file, @Nullable Long importing, Consumer<PastCountLine> accepted) throws IOException {
        var vocabulary = vocabulary();
        var analysis = new Analysis();
        PastCountRules[] rules = {null};
        var seen = new HashMap<String, Integer>();
        var read = PastCountFile.read(file, row -> {
            if (PastCountRules.blank(row)) {
                return;
            }
            if (rules[0] == null) {
                rules[0] = PastCountRules.forHeader(row, vocabulary);
                return;
            }
            analysis.rowsRead++;
            var parsed = rules[0].parse(row);
            var line = parsed.line();
            if (line == null) {
                analysis.reject(new PastCountRejection(row.line(), 1, cells(row), parsed.problems()));
                return;
            }
            var first = seen.putIfAbsent(line.key(), line.line());
            if (first != null) {
                analysis.reject(new PastCountRejection(
                        row.line(), 1, cells(row), List.of(PastCountProblem.of("past.reason.duplicate", first))));
                return;
            }
            analysis.add(line);
            accepted.accept(line);
        });
        if (rules[0] == null) {
            throw new PastCountFileError("past.file.empty");
        }
        analysis.format = read.format();
        analysis.digest = read.digest();
        overlaps(analysis, importing, vocabulary);
        return analysis;
    }

    private static String cells(PastCountFile.Row row) {
        return String.join(" ; ", row.cells());
    }

    /** Refuses the desks' months of the file that hold logged interactions, or counts of another import. */
    private void overlaps(Analysis analysis, @Nullable Long importing, PastCountRules.Vocabulary vocabulary) {
        if (analysis.deskMonths.isEmpty()) {
            return;
        }
        var first = analysis.deskMonths.keySet().stream()
                .map(DeskMonth::month)
                .min(YearMonth::compareTo)
                .orElseThrow();
        var last = analysis.deskMonths.keySet().stream()
                .map(DeskMonth::month)
                .max(YearMonth::compareTo)
                .orElseThrow();
        var desks = analysis.deskMonths.keySet().stream()
                .map(DeskMonth::deskId)
                .collect(Collectors.toCollection(TreeSet::new));
        var codes = deskCodes();
        for (var desk : desks) {
            var logged = new HashMap<YearMonth, Long>();
            jdbc.query(
                    """
                    SELECT DATE_FORMAT(occurred_at, '%Y-%m') AS month, COUNT(*) AS n FROM interaction
                    WHERE desk_id = ? AND deleted = false AND occurred_at >= ? AND occurred_at < ?
                    GROUP BY month""",
                    rs -> {
                        logged.put(YearMonth.parse(rs.getString("month")), rs.getLong("n"));
                    },
                    desk,
                    Timestamp.valueOf(first.atDay(1).atStartOfDay()),
                    Timestamp.valueOf(last.plusMonths(1).atDay(1).atStartOfDay()));
            var imported = new HashMap<YearMonth, String>();
            jdbc.query(
                    """
                    SELECT m.month, i.file_name, i.imported_at FROM past_count_month m
                    JOIN past_count_import i ON i.id = m.import_id
                    WHERE m.desk_id = ? AND m.month BETWEEN ? AND ? AND m.import_id <> ?""",
                    rs -> {
                        imported.put(
                                YearMonth.from(rs.getDate("month").toLocalDate()),
                                rs.getString("file_name") + " ("
                                        + rs.getTimestamp("imported_at")
                                                .toLocalDateTime()
                                                .toLocalDate() + ")");
                    },
                    desk,
                    Date.valueOf(first.atDay(1)),
                    Date.valueOf(last.atDay(1)),
                    importing == null ? -1 : importing);
            var code = codes.getOrDefault(desk, "#" + desk);
            analysis.deskMonths.forEach((deskMonth, sums) -> {
                if (deskMonth.deskId() != desk) {
                    return;
                }
                var count = logged.get(deskMonth.month());
                var other = imported.get(deskMonth.month());
                if (count != null) {
                    analysis.refuse(
                            deskMonth,
                            PastCountProblem.of("past.reason.overlap.logged", code, deskMonth.month(), count));
                } else if (other != null) {
                    analysis.refuse(
                            deskMonth,
                            PastCountProblem.of("past.reason.overlap.imported", code, deskMonth.month(), other));
                }
            });
        }
        analysis.rejections.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    private Map<Long, String> deskCodes() {
        return lists.items(ListKind.DESK, true).stream().collect(Collectors.toMap(ListItem::id, ListItem::code));
    }

    private PastCountRules.Vocabulary vocabulary() {
        var desks = new HashMap<String, Long>();
        var items = lists.items(ListKind.DESK, true);
        items.forEach(desk -> desks.put(Text.fold(desk.code()), desk.id()));
        items.forEach(desk -> {
            desks.putIfAbsent(Text.fold(desk.nameFr()), desk.id());
            desks.putIfAbsent(Text.fold(desk.nameEn()), desk.id());
        });
        var byCode = new HashMap<String, String>();
        for (var country : countries.all()) {
            byCode.put(country.code(), country.code());
            byCode.putIfAbsent(Text.fold(country.nameFr()), country.code());
            byCode.putIfAbsent(Text.fold(country.nameEn()), country.code());
        }
        byCode.put("UK", "GB");
        var channels = new HashMap<String, String>();
        for (var channel : Channel.values()) {
            channels.put(Text.fold(channel.name()), channel.name());
            for (var locale : Translations.LOCALES) {
                channels.putIfAbsent(
                        Text.fold(translations.getTranslation("Channel." + channel.name(), locale)), channel.name());
            }
        }
        return new PastCountRules.Vocabulary(
                Map.copyOf(desks),
                Map.copyOf(byCode),
                departements.all().stream().map(Departement::code).collect(Collectors.toUnmodifiableSet()),
                Map.copyOf(channels),
                YearMonth.now(clock.withZone(zone)));
    }

    private record DeskMonth(long deskId, YearMonth month) {}

    /** The rows of a desk's month: how many, the first line, their sums. */
    private static final class Sums {
        int rows;
        int firstLine = Integer.MAX_VALUE;
        long interactions;
        long persons;
        boolean refused;
    }

    /** What a pass over a file found. */
    static final class Analysis {
        @Nullable
        PastCountFormat format;

        String digest = "";
        int rowsRead;
        int rejectedRows;
        final List<PastCountRejection> rejections = new ArrayList<>();
        final Map<DeskMonth, Sums> deskMonths = new HashMap<>();

        void add(PastCountLine line) {
            var sums = deskMonths.computeIfAbsent(new DeskMonth(line.deskId(), line.month()), k -> new Sums());
            sums.rows++;
            sums.firstLine = Math.min(sums.firstLine, line.line());
            sums.interactions += line.interactions();
            sums.persons += line.persons();
        }

        void reject(PastCountRejection rejection) {
            rejectedRows += rejection.rows();
            if (rejections.size() < PastCountService.SHOWN_REJECTIONS) {
                rejections.add(rejection);
            }
        }

        void refuse(DeskMonth deskMonth, PastCountProblem problem) {
            var sums = deskMonths.get(deskMonth);
            sums.refused = true;
            reject(new PastCountRejection(sums.firstLine, sums.rows, "", List.of(problem)));
        }

        private Collection<Sums> kept() {
            return deskMonths.values().stream().filter(s -> !s.refused).toList();
        }

        int rowsAccepted() {
            return kept().stream().mapToInt(s -> s.rows).sum();
        }

        long interactions() {
            return kept().stream().mapToLong(s -> s.interactions).sum();
        }

        long persons() {
            return kept().stream().mapToLong(s -> s.persons).sum();
        }

        PastCountPreview preview(Path file, String fileName) {
            var months = new TreeSet<YearMonth>();
            var years = new TreeMap<Integer, long[]>();
            var monthsByYear = new TreeMap<Integer, TreeSet<YearMonth>>();
            deskMonths.forEach((deskMonth, sums) -> {
                if (sums.refused) {
                    return;
                }
                months.add(deskMonth.month());
                monthsByYear
                        .computeIfAbsent(deskMonth.month().getYear(), y -> new TreeSet<>())
                        .add(deskMonth.month());
                var year = years.computeIfAbsent(deskMonth.month().getYear(), y -> new long[2]);
                year[0] += sums.interactions;
                year[1] += sums.persons;
            });
            var perYear = new ArrayList<PastCountYear>();
            years.forEach((year, sums) ->
                    perYear.add(new PastCountYear(year, monthsByYear.get(year).size(), sums[0], sums[1])));
            return new PastCountPreview(
                    file,
                    fileName,
                    format,
                    digest,
                    null,
                    rowsRead,
                    rowsAccepted(),
                    List.copyOf(months),
                    perYear,
                    rejections,
                    rejectedRows);
        }
    }
}
