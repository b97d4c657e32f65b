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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.report.aggregate.AggregateReads;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.CurrentUser;
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
    private final PastCountAnalysis analysis;
    private final PastCountTemplate template;
    private final AggregateReads reads;
    private final AdminAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    PastCountService(
            JdbcTemplate jdbc,
            PastCountAnalysis analysis,
            PastCountTemplate template,
            AggregateReads reads,
            AdminAudit audit,
            Clock clock,
            ComptoirProperties properties) {
        this.jdbc = jdbc;
        this.analysis = analysis;
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
            var read = analysis.analyse(file, null, line -> {});
            format = read.format;
            return read.preview(file, fileName);
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
        PastCountAnalysis.Analysis read;
        try {
            read = analysis.analyse(preview.file(), id, line -> {
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
        if (!read.digest.equals(preview.digest())) {
            throw new RuleViolation("past.commit.stale");
        }
        if (!read.rejections.isEmpty()) {
            // the same file: interactions logged since the preview, or another import meanwhile; the reason says which
            var first = read.rejections.getFirst().problems().getFirst();
            throw new RuleViolation(first.key(), first.args().toArray());
        }
        if (read.rowsAccepted() != preview.rowsAccepted()) {
            throw new RuleViolation("past.commit.stale");
        }
        jdbc.update(
                "UPDATE past_count_import SET row_count = ?, interactions = ?, persons = ? WHERE id = ?",
                read.rowsAccepted(),
                read.interactions(),
                read.persons(),
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
}
