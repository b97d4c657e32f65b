package org.comptoir.personaldata;

import java.time.Duration;
import org.comptoir.base.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention every night (or when {@code comptoir.personal-data.retention-cron} says), on one instance of
 * a cluster ({@link JobLock}).
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    static final String JOB = "personal-data-retention";
    private static final Duration LEASE = Duration.ofHours(1);

    private final RetentionPolicy policy;
    private final JobLock jobs;

    RetentionJob(RetentionPolicy policy, JobLock jobs) {
        this.policy = policy;
        this.jobs = jobs;
    }

    @Scheduled(
            cron = "${comptoir.personal-data.retention-cron:" + RetentionSettings.DEFAULT_CRON + "}",
            zone = "${comptoir.time-zone:Europe/Paris}")
    void run() {
        if (!jobs.claim(JOB, LEASE)) {
            return;
        }
        try {
            policy.apply();
        } catch (RuntimeException failure) {
            // the type only: a database message may quote the values of a row; the next run tries again
            log.error(
                    "Retention: the erasure failed and was rolled back ({})",
                    failure.getClass().getName());
        } finally {
            jobs.release(JOB);
        }
    }
}
