package org.comptoir.personaldata;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * How long personal data is kept ({@code comptoir.personal-data.*}).
 *
 * @param replyRetention how long after the consent the data kept for answering the visitor's request
 *                       lives: 13 months unless set ({@code P13M}, {@code 13m}, {@code P2Y})
 * @param retentionCron  when the erasure runs, in the office's time zone: every night at 03:30 unless set
 */
@ConfigurationProperties("comptoir.personal-data")
public record RetentionSettings(Period replyRetention, String retentionCron) {

    static final String DEFAULT_CRON = "0 30 3 * * *";

    public RetentionSettings {
        if (replyRetention == null) {
            replyRetention = Period.ofMonths(13);
        }
        if (replyRetention.isNegative() || replyRetention.isZero()) {
            throw new IllegalArgumentException("comptoir.personal-data.reply-retention must be positive");
        }
        if (retentionCron == null || retentionCron.isBlank()) {
            retentionCron = DEFAULT_CRON;
        }
        if (!CronExpression.isValidExpression(retentionCron)) {
            throw new IllegalArgumentException("comptoir.personal-data.retention-cron is not a cron expression");
        }
    }
}
