package org.comptoir.attraction.datatourisme;

import static org.comptoir.security.AppRoles.ADMINS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.JobLock;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.SecretBox;
import org.comptoir.base.Translations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's DATAtourisme feed, for admins: its settings, runs on a schedule or on demand, their
 * log, and the points waiting for the admin because they probably duplicate an attraction. A run is a
 * manual import's preview and commit (all or nothing), and stops having written nothing when the feed
 * cannot be fetched, is not JSON-LD, or is ten times larger or smaller than the last good one. Points
 * missing from two runs in a row are retired. One run at a time, across instances ({@link JobLock}). The
 * address and the key are kept sealed ({@link SecretBox}); a run that stops is e-mailed ({@link FeedAlert}).
 */
@Service
public class FeedService {

    static final String JOB = "datatourisme-feed";
    /** Longer than the longest run we expect: a crashed instance frees the feed after that. */
    static final Duration LEASE = Duration.ofHours(2);

    static final int MISSED_RUNS_TO_RETIRE = 2;
    static final int SIZE_FACTOR = 10;
    private static final int MAX_REJECTED_TEXT = 60_000;
    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final ImportService imports;
    private final AttractionService attractions;
    private final JobLock lock;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Translations translations;
    private final TransactionTemplate ownTransaction;
    private final SecretBox secrets;
    private final FeedAlert alert;
    private final ImportLimits limits;

    FeedService(
            ImportService imports,
            AttractionService attractions,
            JobLock lock,
            JdbcTemplate jdbc,
            Clock clock,
            Translations translations,
            PlatformTransactionManager transactions,
            SecretBox secrets,
            FeedAlert alert,
            ImportLimits limits) {
        this.imports = imports;
        this.attractions = attractions;
        this.lock = lock;
        this.jdbc = jdbc;
        this.clock = clock;
        this.translations = translations;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.secrets = secrets;
        this.alert = alert;
        this.limits = limits;
    }

    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public FeedSettings settings() {
        var stored = stored();
        return stored == null
                ? FeedSettings.none()
                : new FeedSettings(
                        FeedSettings.masked(openOrNull(stored.url())),
                        stored.headerName(),
                        FeedSettings.hint(openOrNull(stored.secret())),
                        stored.cron(),
                        stored.timeoutSeconds(),
                        stored.enabled());
    }

    /**
     * Refused with {@code feed.settings.cron} (not a schedule), {@code feed.error.address}, or
     * {@code secret-key.missing} when no key to seal the address and the key with is set.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public FeedSettings saveSettings(FeedDraft draft) {
        var cron = draft.cron().isBlank()
                ? FeedSettings.DEFAULT_CRON
                : draft.cron().strip();
        if (!CronExpression.isValidExpression(cron)) {
            throw new RuleViolation("feed.settings.cron", cron);
        }
        var before = stored();
        var url = draft.url() == null || draft.url().isBlank()
                ? null
                : draft.url().strip();
        var beforeUrl = before == null ? null : openOrNull(before.url());
        if (url != null && beforeUrl != null && url.equals(FeedSettings.masked(beforeUrl))) {
            url = beforeUrl;
        }
        if (url != null && !url.matches("(?i)https?://\\S+") || url != null && url.length() > 1000) {
            throw new RuleViolation("feed.error.address");
        }
        if (url != null && !secrets.ready()) {
            throw new RuleViolation("secret-key.missing");
        }
        // sealed: whoever reads the database (or a backup) reads neither the address's key nor the header's
        var sealedUrl = url == null ? null : secrets.seal(url);
        var secret = draft.secret() == null || draft.secret().isBlank()
                ? before == null ? null : before.secret()
                : secrets.seal(draft.secret().strip());
        var header = draft.headerName() == null || draft.headerName().isBlank()
                ? null
                : draft.headerName().strip();
        var timeout = draft.timeoutSeconds() <= 0 ? FeedSettings.DEFAULT_TIMEOUT : draft.timeoutSeconds();
        jdbc.update(
                "insert into import_feed (id, url, header_name, secret, cron, timeout_s, enabled, saved_at)"
                        + " values (1, ?, ?, ?, ?, ?, ?, ?) on duplicate key update url = values(url),"
                        + " header_name = values(header_name), secret = values(secret), cron = values(cron),"
                        + " timeout_s = values(timeout_s), enabled = values(enabled), saved_at = values(saved_at)",
                sealedUrl,
                header,
                secret,
                cron,
                timeout,
                draft.enabled(),
                Timestamp.from(clock.instant()));
        return settings();
    }

    /** The last runs, newest first. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<FeedRun> runs(int limit) {
        return jdbc.query(
                "select * from import_feed_run order by started_at desc, id desc limit ?", FeedService::run, limit);
    }

    /** The points waiting for the admin. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<FeedReview> reviews() {
        return jdbc.query(
                "select * from import_feed_review order by name",
                (rs, n) -> new FeedReview(
                        rs.getString("source_uri"),
                        rs.getString("name"),
                        rs.getLong("attraction_id"),
                        rs.getString("attraction_name"),
                        rs.getInt("meters"),
                        rs.getBoolean("same_website"),
                        rs.getString("decision") == null ? null : DuplicateChoice.valueOf(rs.getString("decision"))));
    }

    /** What the next run does with a point waiting for review. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void decide(String sourceUri, DuplicateChoice decision) {
        if (jdbc.update("update import_feed_review set decision = ? where source_uri = ?", decision.name(), sourceUri)
                == 0) {
            throw new RuleViolation("feed.review.not-found");
        }
    }

    /**
     * Runs the feed now, unless a run is under way (here or on another instance): then nothing is done
     * and the run says {@link FeedRun.Status#ALREADY_RUNNING}.
     */
    @PreAuthorize(ADMINS)
    public FeedRun runNow() {
        if (!lock.claim(JOB, LEASE)) {
            return FeedRun.alreadyRunning(clock.instant());
        }
        try {
            return execute();
        } finally {
            lock.release(JOB);
        }
    }

    /** Its schedule says a run is due: the next time after the last run (or the last save) has come. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public boolean due() {
        var stored = stored();
        if (stored == null || !stored.enabled() || stored.url() == null) {
            return false;
        }
        var last = jdbc.queryForObject("select max(started_at) from import_feed_run", Timestamp.class);
        var since = last == null || last.toInstant().isBefore(stored.savedAt()) ? stored.savedAt() : last.toInstant();
        var next = CronExpression.parse(stored.cron()).next(ZonedDateTime.ofInstant(since, clock.getZone()));
        return next != null && !next.toInstant().isAfter(clock.instant());
    }

    private record Stored(
            @Nullable String url,
            @Nullable String headerName,
            @Nullable String secret,
            String cron,
            int timeoutSeconds,
            boolean enabled,
            Instant savedAt) {}

    /** The sealed value in clear; null when there is none or the key set cannot open it. */
    private @Nullable String openOrNull(@Nullable String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return secrets.open(sealed);
        } catch (RuleViolation unreadable) {
            return null;
        }
    }

    /** The settings as kept: the address and the key sealed. */
    private @Nullable Stored stored() {
        var rows = jdbc.query(
                "select * from import_feed where id = 1",
                (rs, n) -> new Stored(
                        rs.getString("url"),
                        rs.getString("header_name"),
                        rs.getString("secret"),
                        rs.getString("cron"),
                        rs.getInt("timeout_s"),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("saved_at").toInstant()));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private FeedRun execute() {
        var settings = stored();
        if (settings == null || settings.url() == null) {
            throw new RuleViolation("feed.not-configured");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into import_feed_run (started_at, status) values (?, 'RUNNING')",
                            new String[] {"id"});
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    return statement;
                },
                keys);
        var runId = keys.getKeyAs(Number.class).longValue();
        Path file = null;
        try {
            var url = secrets.open(settings.url());
            var secret = settings.secret() == null ? null : secrets.open(settings.secret());
            file = Files.createTempFile("comptoir-feed-", ".jsonld");
            var bytes = FeedFetcher.fetch(
                    url,
                    settings.headerName(),
                    secret,
                    Duration.ofSeconds(settings.timeoutSeconds()),
                    file,
                    limits.maxBytes().toBytes());
            jdbc.update("update import_feed_run set bytes = ? where id = ?", bytes, runId);
            var last = jdbc.query(
                    "select bytes from import_feed_run where status = 'DONE' order by started_at desc,"
                            + " id desc limit 1",
                    (rs, n) -> rs.getLong(1));
            if (!last.isEmpty()
                    && last.getFirst() > 0
                    && (bytes > SIZE_FACTOR * last.getFirst() || bytes * SIZE_FACTOR < last.getFirst())) {
                throw new FeedFetcher.FeedFailure("feed.error.size-jump", bytes, last.getFirst());
            }
            var preview = imports.preview(file, "feed");
            if (preview.fileError() != null) {
                throw new FeedFetcher.FeedFailure(
                        preview.fileError().key(), preview.fileError().args().toArray());
            }
            if (preview.format() != ImportFormat.JSON_LD) {
                throw new FeedFetcher.FeedFailure("feed.error.not-json-ld");
            }
            var committed = preview;
            ownTransaction.executeWithoutResult(status -> write(runId, committed));
        } catch (FeedFetcher.FeedFailure failure) {
            fail(runId, failure.key, failure.args);
            log.warn("The DATAtourisme feed run {} stopped, nothing written: {}", runId, failure.key);
        } catch (RuleViolation refused) {
            fail(runId, refused.messageKey(), refused.arguments());
            log.warn("The DATAtourisme feed run {} stopped, nothing written: {}", runId, refused.messageKey());
        } catch (IOException | RuntimeException e) {
            // the type only: a message may quote the address and its key, or the values of a row
            fail(runId, "feed.error.write", new Object[] {e.getClass().getSimpleName()});
            log.error(
                    "The DATAtourisme feed run {} failed and was rolled back ({})",
                    runId,
                    e.getClass().getName());
        } finally {
            delete(file);
        }
        var run = jdbc.queryForObject("select * from import_feed_run where id = ?", FeedService::run, runId);
        if (run.status() == FeedRun.Status.FAILED) {
            alert.runStopped(run);
        }
        return run;
    }

    /** Everything a run writes, in one transaction: the attractions, the review list, presence and retirements. */
    private void write(long runId, ImportPreview preview) {
        var decisions = new HashMap<String, DuplicateChoice>();
        for (var review : reviews()) {
            if (review.decision() != null) {
                decisions.put(review.sourceUri(), review.decision());
            }
        }
        var choices = new HashMap<Integer, DuplicateChoice>();
        var waiting = new ArrayList<ImportLine>();
        for (var line : preview.lines()) {
            if (line.duplicate() != null && line.sourceUri() != null) {
                var decision = decisions.get(line.sourceUri());
                if (decision == null) {
                    waiting.add(line);
                } else {
                    choices.put(line.number(), decision);
                }
            }
        }
        var result = preview.committable()
                ? imports.commit(preview, choices, DuplicateChoice.SKIP)
                : new ImportResult(0, 0, preview.count(ImportOutcome.UNCHANGED), preview.count(ImportOutcome.REJECTED));
        // decided points are imported (or left out for good); the others wait, with what this run found
        jdbc.update("delete from import_feed_review where decision is not null and decision <> 'SKIP'");
        var now = Timestamp.from(clock.instant());
        for (var line : waiting) {
            var duplicate = line.duplicate();
            jdbc.update(
                    "insert into import_feed_review (source_uri, name, attraction_id, attraction_name, meters,"
                            + " same_website, decision, seen_at) values (?, ?, ?, ?, ?, ?, null, ?)"
                            + " on duplicate key update name = values(name), attraction_id = values(attraction_id),"
                            + " attraction_name = values(attraction_name), meters = values(meters),"
                            + " same_website = values(same_website), seen_at = values(seen_at)",
                    line.sourceUri(),
                    line.name(),
                    duplicate.attractionId(),
                    duplicate.name(),
                    duplicate.meters(),
                    duplicate.sameWebsite(),
                    now);
        }
        var retired = retireMissing(runId, preview);
        var rejected = preview.lines().stream()
                .filter(line -> line.outcome() == ImportOutcome.REJECTED)
                .map(this::rejectedLine)
                .collect(Collectors.joining("\n"));
        if (rejected.length() > MAX_REJECTED_TEXT) {
            rejected = rejected.substring(0, MAX_REJECTED_TEXT) + "\n…";
        }
        jdbc.update(
                "update import_feed_run set status = 'DONE', finished_at = ?, created = ?, updated = ?,"
                        + " unchanged = ?, rejected = ?, linked = ?, to_review = ?, retired = ?, rejected_lines = ?"
                        + " where id = ?",
                Timestamp.from(clock.instant()),
                result.created(),
                result.updated(),
                result.unchanged(),
                result.rejected(),
                result.linked(),
                waiting.size(),
                retired,
                rejected.isEmpty() ? null : rejected,
                runId);
    }

    /** Notes the points this run saw; retires the attractions of those missing from two runs in a row. */
    private int retireMissing(long runId, ImportPreview preview) {
        var seen = preview.lines().stream()
                .map(ImportLine::sourceUri)
                .filter(uri -> uri != null)
                .distinct()
                .map(uri -> new Object[] {uri, runId})
                .toList();
        jdbc.batchUpdate(
                "insert into import_feed_point (source_uri, last_seen_run, missed_runs) values (?, ?, 0)"
                        + " on duplicate key update last_seen_run = values(last_seen_run), missed_runs = 0",
                seen);
        jdbc.update("update import_feed_point set missed_runs = missed_runs + 1 where last_seen_run <> ?", runId);
        var gone = jdbc.queryForList(
                "select source_uri from import_feed_point where missed_runs >= ?", String.class, MISSED_RUNS_TO_RETIRE);
        var retired = 0;
        for (var attraction : attractions.findBySourceUris(gone).values()) {
            if (attraction.active()) {
                attractions.setActive(attraction.id(), false);
                retired++;
            }
        }
        return retired;
    }

    private String rejectedLine(ImportLine line) {
        var reasons = line.reasons().stream()
                .map(reason -> reason.text((key, args) -> translations.getTranslation(key, Locale.FRENCH, args)))
                .collect(Collectors.joining(" ; "));
        return "#" + line.number() + " " + line.name() + " — " + reasons;
    }

    private void fail(long runId, String key, Object[] args) {
        var text = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(FeedRun.SEPARATOR));
        jdbc.update(
                "update import_feed_run set status = 'FAILED', finished_at = ?, error_key = ?, error_args = ?"
                        + " where id = ?",
                Timestamp.from(clock.instant()),
                key,
                text.length() > 1000 ? text.substring(0, 1000) : text,
                runId);
    }

    private static FeedRun run(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new FeedRun(
                rs.getLong("id"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                FeedRun.Status.valueOf(rs.getString("status")),
                rs.getString("error_key"),
                rs.getString("error_args"),
                rs.getLong("bytes"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"),
                rs.getInt("linked"),
                rs.getInt("to_review"),
                rs.getInt("retired"),
                rs.getString("rejected_lines"));
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the feed's file {}", file, e);
            }
        }
    }
}
