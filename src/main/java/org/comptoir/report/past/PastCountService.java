package org.comptoir.report.past;

import static org.comptoir.security.AppRoles.ADMINS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.reference.Countries;
import org.comptoir.reference.Departement;
import org.comptoir.reference.Departements;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.Text;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the visitor counts of the months before Comptoir, for admins (issue 18, decision 0025): a preview says
 * what each row of the file would become; the commit writes every row in one transaction, or nothing, and only a
 * file without a refused row; an import is undone as a whole. A desk's month holds imported counts or logged
 * interactions, never both: checked at the preview, again at the commit, and at the desk's save
 * ({@link PastCountReads#holds}). Files are streamed in both steps.
 */
@Service
public class PastCountService {

    /** The refusals a preview keeps to show; it counts them all. */
    public static final int SHOWN_REJECTIONS = 1000;

    private static final int BATCH = 1000;
    private static final int MAX_FILE_NAME = 255;

    private final JdbcTemplate jdbc;
    private final ReferenceListService lists;
    private final Countries countries;
    private final Departements departements;
    private final Translations translations;
    private final PastCountTemplate template;
    private final AggregateReads reads;
    private final AdminAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    PastCountService(
            JdbcTemplate jdbc,
            ReferenceListService lists,
            Countries countries,
            Departements departements,
            Translations translations,
            PastCountTemplate template,
            AggregateReads reads,
            AdminAudit audit,
            Clock clock,
            ComptoirProperties properties) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.countries = countries;
        this.departements = departements;
        this.translations = translations;
        this.template = template;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * Reads the whole file and says what importing it would do; writes nothing. A file that cannot be read gives
     * a preview with a {@code fileError}.
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public PastCountPreview preview(Path file, String fileName) {
        PastCountFormat format = null;
        try {
            var analysis = analyse(file, null, line -> {});
            format = analysis.format;
            return analysis.preview(file, fileName);
        } catch (PastCountFileError e) {
            return PastCountPreview.failed(file, fileName, format, e.problem());
        } catch (IOException e) {
            return PastCountPreview.failed(
                    file,
                    fileName,
                    format,
                    PastCountProblem.of("past.file.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes every row of a previewed file, in one transaction: all of them or, on any failure, none. Refused
     * ({@code past.commit.*}) when the preview refused a row, or when the file or the database no longer gives
     * what the preview showed (interactions logged since in one of its months, another import of them).
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public PastCountImport commit(PastCountPreview preview) {
        if (!preview.committable()) {
            throw new RuleViolation(preview.rejectedRows() > 0 ? "past.commit.rejected" : "past.commit.nothing");
        }
        var importedAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var by = CurrentUser.name();
        var months = preview.months();
        jdbc.update(
                """
                INSERT INTO past_count_import (file_name, digest, row_count, first_month, last_month, interactions,
                    persons, imported_at, imported_by)
                VALUES (?, ?, 0, ?, ?, 0, 0, ?, ?)""",
                fileName(preview.fileName()),
                Objects.requireNonNull(preview.digest()),
                Date.valueOf(months.getFirst().atDay(1)),
                Date.valueOf(months.getLast().atDay(1)),
                Timestamp.valueOf(importedAt),
                by);
        var id = Objects.requireNonNull(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
        var deskMonths = new HashSet<String>();
        var batch = new ArrayList<Object[]>(BATCH);
        Analysis analysis;
        try {
            analysis = analyse(preview.file(), id, line -> {
                if (deskMonths.add(line.deskId() + "|" + line.month())) {
                    try {
                        jdbc.update(
                                "INSERT INTO past_count_month (desk_id, month, import_id) VALUES (?, ?, ?)",
                                line.deskId(),
                                Date.valueOf(line.month().atDay(1)),
                                id);
                    } catch (DuplicateKeyException meanwhile) {
                        throw new RuleViolation("past.commit.stale");
                    }
                }
                batch.add(new Object[] {
                    Date.valueOf(line.month().atDay(1)),
                    line.deskId(),
                    line.channel(),
                    line.country(),
                    line.departement(),
                    id,
                    line.interactions(),
                    line.persons()
                });
                if (batch.size() >= BATCH) {
                    insert(batch);
                }
            });
            insert(batch);
        } catch (PastCountFileError e) {
            throw new RuleViolation("past.commit.stale");
        } catch (IOException e) {
            throw new RuleViolation("past.file.unreadable", String.valueOf(e.getMessage()));
        }
        if (!analysis.digest.equals(preview.digest())) {
            throw new RuleViolation("past.commit.stale");
        }
        if (!analysis.rejections.isEmpty()) {
            // the same file: interactions logged since the preview, or another import meanwhile; the reason says which
            var first = analysis.rejections.getFirst().problems().getFirst();
            throw new RuleViolation(first.key(), first.args().toArray());
        }
        if (analysis.rowsAccepted() != preview.rowsAccepted()) {
            throw new RuleViolation("past.commit.stale");
        }
        jdbc.update(
                "UPDATE past_count_import SET row_count = ?, interactions = ?, persons = ? WHERE id = ?",
                analysis.rowsAccepted(),
                analysis.interactions(),
                analysis.persons(),
                id);
        var done = find(id);
        audit.record(
                AdminAuditKind.PAST_COUNTS,
                id,
                "imported; file: " + done.fileName() + "; rows: " + done.rows() + "; months: " + done.firstMonth()
                        + " – " + done.lastMonth() + "; contacts: " + done.interactions() + "; visitors: "
                        + done.persons());
        return done;
    }

    /** Takes an import's counts out of the reports, all of them; the list keeps it, marked undone. */
    @PreAuthorize(ADMINS)
    @Transactional
    public PastCountImport undo(long importId) {
        var before = find(importId);
        var by = CurrentUser.name();
        var changed = jdbc.update(
                "UPDATE past_count_import SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL",
                Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                by,
                importId);
        if (changed == 0) {
            throw new RuleViolation("past.undo.already", before.fileName());
        }
        jdbc.update("DELETE FROM past_count WHERE import_id = ?", importId);
        jdbc.update("DELETE FROM past_count_month WHERE import_id = ?", importId);
        audit.record(AdminAuditKind.PAST_COUNTS, importId, "undone; file: " + before.fileName());
        return find(importId);
    }

    /** Every import, the latest first, undone ones too. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<PastCountImport> imports() {
        return jdbc.query("SELECT * FROM past_count_import ORDER BY imported_at DESC, id DESC", PastCountService::row);
    }

    /** The empty template: its header in the reader's language, and (in the workbook) a sheet that explains it. */
    @PreAuthorize(ADMINS)
    public void template(PastCountFormat format, Locale locale, OutputStream out) throws IOException {
        template.write(format, Translations.supported(locale), List.of(), out);
    }

    /**
     * The interactions logged from {@code from} to {@code to} (whole months), in the template's layout: what the
     * office's own months would look like as an import, and the way to move them to another Comptoir.
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public void logged(PastCountFormat format, Locale locale, YearMonth from, YearMonth to, OutputStream out)
            throws IOException {
        template.write(format, Translations.supported(locale), template.loggedRows(from, to), out);
    }

    /**
     * Every month with logged interactions before the current one, in the template's layout (a header alone when
     * there are none).
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public void logged(PastCountFormat format, Locale locale, OutputStream out) throws IOException {
        var last = currentMonth().minusMonths(1);
        var first = reads.firstYear().map(year -> YearMonth.of(year, 1)).orElse(last);
        logged(format, locale, first.isAfter(last) ? last : first, last, out);
    }

    /** The office's current month: the import takes the months before it. */
    @PreAuthorize(ADMINS)
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }

    private PastCountImport find(long id) {
        return jdbc.query("SELECT * FROM past_count_import WHERE id = ?", PastCountService::row, id).stream()
                .findFirst()
                .orElseThrow(() -> new RuleViolation("past.undo.not-found"));
    }

    private static PastCountImport row(ResultSet rs, int n) throws SQLException {
        var undoneAt = rs.getTimestamp("undone_at");
        return new PastCountImport(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getInt("row_count"),
                YearMonth.from(rs.getDate("first_month").toLocalDate()),
                YearMonth.from(rs.getDate("last_month").toLocalDate()),
                rs.getLong("interactions"),
                rs.getLong("persons"),
                rs.getTimestamp("imported_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getString("imported_by"),
                undoneAt == null ? null : undoneAt.toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getString("undone_by"));
    }

    /** The name as the list keeps it: 255 characters at most. */
    private static String fileName(String name) {
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME - 1) + "…";
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO past_count (month, desk_id, channel, country, departement, import_id, interactions,
                        persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            batch.clear();
        }
    }

    // ---------------------------------------------------------------- the analysis of a file

    /**
     * Reads a file through the rules, hands every row it accepts to {@code accepted}, then refuses the desks'
     * months that already hold logged interactions or another import than {@code importing} (the commit's own).
     */
    private Analysis analyse(Path file, @Nullable Long importing, Consumer<PastCountLine> accepted) throws IOException {
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
    private static final class Analysis {
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
            if (rejections.size() < SHOWN_REJECTIONS) {
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
