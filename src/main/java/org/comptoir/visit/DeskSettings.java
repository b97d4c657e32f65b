package org.comptoir.visit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The desk's settings ({@code comptoir.desk.*}).
 *
 * @param maxDaysBack   how many days back a counsellor may date an interaction (7 unless set): see {@link BackDating}
 * @param noteRetention how long an interaction's note is kept (13 months unless set): a note may name or
 *                      describe a visitor, so the nightly {@link NoteRetention} blanks older ones
 */
@ConfigurationProperties("comptoir.desk")
public record DeskSettings(int maxDaysBack, Period noteRetention) {

    public DeskSettings {
        if (maxDaysBack <= 0) {
            maxDaysBack = 7;
        }
        if (noteRetention == null || noteRetention.isZero() || noteRetention.isNegative()) {
            noteRetention = Period.ofMonths(13);
        }
    }
}
