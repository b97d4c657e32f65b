package org.comptoir.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The complaints register's settings ({@code comptoir.complaints.*}, or {@code COMPTOIR_COMPLAINTS_*}).
 *
 * @param answerWithin a complaint is due this many working days after it was received (15 unless set; Qualité
 *                     Tourisme asks for an answer within 15 days)
 */
@ConfigurationProperties("comptoir.complaints")
public record ComplaintSettings(@DefaultValue("15") int answerWithin) {

    public ComplaintSettings {
        if (answerWithin < 1 || answerWithin > 120) {
            throw new IllegalArgumentException("comptoir.complaints.answer-within must be between 1 and 120 days");
        }
    }
}
