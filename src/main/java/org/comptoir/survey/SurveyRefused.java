package org.comptoir.survey;

import org.comptoir.base.RuleViolation;

/**
 * An answer, or a kiosk, refused whatever it holds: the token is unknown, used or expired, the kiosk was ended,
 * too many answers came in a minute, or the survey is off. The key is one of the survey's words
 * ({@link SurveyWords}); it says nothing about which of the token's cases it is.
 */
public class SurveyRefused extends RuleViolation {

    /** The sheet's token is unknown, already used or expired: one message for the three. */
    public static final String TOKEN = "refused.token";
    /** The kiosk's token is unknown, ended or expired. */
    public static final String KIOSK = "refused.kiosk";
    /** Over the answers a minute allowed for this kiosk or this address. */
    public static final String TOO_MANY = "refused.too-many";
    /** The survey is switched off ({@code COMPTOIR_SURVEY_ENABLED}). */
    public static final String DISABLED = "refused.disabled";

    SurveyRefused(String key) {
        super(key);
    }
}
