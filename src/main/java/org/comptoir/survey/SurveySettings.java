package org.comptoir.survey;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The satisfaction survey's settings ({@code comptoir.survey.*}, or {@code COMPTOIR_SURVEY_*}).
 *
 * @param enabled          whether sheets carry the survey's QR code and a kiosk may be started (true unless set)
 * @param kioskIdle        a kiosk left untouched this long goes back to its first screen, the answer not sent
 *                         thrown away (30 s unless set)
 * @param kioskUntil       a kiosk works until this time of the office's day (23:59 unless set), then needs a new
 *                         start
 * @param sheetValidity    how long a sheet's QR code can be answered (30 days unless set)
 * @param kioskPerMinute   answers a minute one kiosk takes (20 unless set)
 * @param addressPerMinute answers and tries a minute one network address may send through sheet codes (5 unless
 *                         set)
 */
@ConfigurationProperties("comptoir.survey")
public record SurveySettings(
        @DefaultValue("true") boolean enabled,
        Duration kioskIdle,
        LocalTime kioskUntil,
        Duration sheetValidity,
        int kioskPerMinute,
        int addressPerMinute) {

    public static final Duration DEFAULT_KIOSK_IDLE = Duration.ofSeconds(30);
    public static final LocalTime DEFAULT_KIOSK_UNTIL = LocalTime.of(23, 59);
    public static final Duration DEFAULT_SHEET_VALIDITY = Duration.ofDays(30);
    public static final int DEFAULT_KIOSK_PER_MINUTE = 20;
    public static final int DEFAULT_ADDRESS_PER_MINUTE = 5;

    public SurveySettings {
        if (kioskIdle == null || kioskIdle.isNegative() || kioskIdle.isZero()) {
            kioskIdle = DEFAULT_KIOSK_IDLE;
        }
        if (kioskUntil == null) {
            kioskUntil = DEFAULT_KIOSK_UNTIL;
        }
        if (sheetValidity == null || sheetValidity.isNegative() || sheetValidity.isZero()) {
            sheetValidity = DEFAULT_SHEET_VALIDITY;
        }
        if (kioskPerMinute <= 0) {
            kioskPerMinute = DEFAULT_KIOSK_PER_MINUTE;
        }
        if (addressPerMinute <= 0) {
            addressPerMinute = DEFAULT_ADDRESS_PER_MINUTE;
        }
    }

    /** Every setting at its default, the survey on. */
    public static SurveySettings defaults() {
        return new SurveySettings(true, null, null, null, 0, 0);
    }

    /** How long the thank-you screen stays: a third of the idle delay, so that the next visitor finds the start. */
    public Duration thanksFor() {
        return kioskIdle.dividedBy(3);
    }
}
