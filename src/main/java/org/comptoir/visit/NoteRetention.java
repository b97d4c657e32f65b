package org.comptoir.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blanks the notes of interactions older than {@link DeskSettings#noteRetention()} (13 months), and the
 * copies of their text that audit entries written before the audit stopped copying notes still hold
 * (they keep "note: changed"). A note is free text: it may name or describe a visitor. Runs with the
 * personal-data retention, every night unless {@code comptoir.personal-data.retention-cron} says otherwise, on one
 * instance of a cluster ({@link JobLock}).
 */
@Component
class NoteRetention {

    private static final Logger log = LoggerFactory.getLogger(NoteRetention.class);
    /**
     * A note line of an older audit entry and its text, up to the field written after it ({@code picks}) or the
     * end: the note is the last field but one (VisitService's order), and may hold line breaks.
     */
    private static final Pattern NOTE_TEXT = Pattern.compile("(?s)(^|\\n)note: (?!changed(\\n|$)).*?(?=\\npicks: |$)");

    static final String JOB = "note-retention";
    private static final Duration LEASE = Duration.ofHours(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final JobLock jobs;
    private final DeskSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    NoteRetention(
            NamedParameterJdbcTemplate jdbc,
            DeskSettings settings,
            Clock clock,
            ComptoirProperties properties,
            JobLock jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Scheduled(
            cron = "${comptoir.personal-data.retention-cron:0 30 3 * * *}",
            zone = "${comptoir.time-zone:Europe/Paris}")
    void run() {
        if (!jobs.claim(JOB, LEASE)) {
            return;
        }
        try {
            apply();
        } catch (RuntimeException failure) {
            // the type only: a database message may quote a note
            log.error(
                    "Note retention failed and was rolled back ({})",
                    failure.getClass().getName());
        } finally {
            jobs.release(JOB);
        }
    }

    /** @return how many notes were blanked */
    @Transactional
    int apply() {
        var cutoff = LocalDate.now(clock.withZone(zone))
                .minus(settings.noteRetention())
                .atStartOfDay();
        var parameters = Map.<String, Object>of("cutoff", cutoff);
        var audits = jdbc.queryForList("""
                select a.id, a.changes from interaction_audit a join interaction i on i.id = a.interaction_id
                where i.occurred_at < :cutoff and a.changes like '%note: %'""", parameters);
        for (var audit : audits) {
            var changes = (String) audit.get("changes");
            var without = withoutNoteText(changes);
            if (!without.equals(changes)) {
                jdbc.update(
                        "update interaction_audit set changes = :changes where id = :id",
                        Map.of("changes", without, "id", audit.get("id")));
            }
        }
        int blanked = jdbc.update("""
                update interaction set note = null, version = version + 1
                where note is not null and occurred_at < :cutoff""", parameters);
        // counts only: never a note
        log.info("Note retention: blanked {} notes of interactions before {}", blanked, cutoff.toLocalDate());
        return blanked;
    }

    static String withoutNoteText(String changes) {
        return NOTE_TEXT.matcher(changes).replaceAll("$1" + VisitService.NOTE_CHANGED);
    }
}
