package org.comptoir.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention every night (or when {@code comptoir.personal-data.retention-cron} says). */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionPolicy policy;

    RetentionJob(RetentionPolicy policy) {
        this.policy = policy;
    }

    @Scheduled(
            cron = "${comptoir.personal-data.retention-cron:" + RetentionSettings.DEFAULT_CRON + "}",
            zone = "${comptoir.time-zone:Europe/Paris}")
    void run() {
        try {
            policy.apply();
        } catch (RuntimeException failure) {
            // the type only: a database message may quote the values of a row; the next run tries again
            log.error(
                    "Retention: the erasure failed and was rolled back ({})",
                    failure.getClass().getName());
        }
    }
}
