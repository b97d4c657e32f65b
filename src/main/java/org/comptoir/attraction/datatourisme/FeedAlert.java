package org.comptoir.attraction.datatourisme;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.comptoir.base.Mailer;
import org.comptoir.base.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * E-mails the admins' address ({@code comptoir.import.feed-alert-to}) why a feed run stopped, in the office's
 * language, with what the run's log says and never the feed's address or key. Nothing when no address is
 * set or mail is not set up; a mail server that fails is logged, and the run's log still says why it stopped.
 */
@Component
class FeedAlert {

    private static final Logger log = LoggerFactory.getLogger(FeedAlert.class);

    private final Mailer mailer;
    private final Translations translations;
    private final ImportLimits limits;
    private final Clock clock;

    FeedAlert(Mailer mailer, Translations translations, ImportLimits limits, Clock clock) {
        this.mailer = mailer;
        this.translations = translations;
        this.limits = limits;
        this.clock = clock;
    }

    /** Called outside any transaction, after the run's failure is written. */
    void runStopped(FeedRun run) {
        var to = limits.feedAlertTo();
        if (to == null || !mailer.ready() || run.errorKey() == null) {
            return;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Translations.FRENCH)
                .withZone(clock.getZone())
                .format(run.startedAt());
        var why = translations.getTranslation(run.errorKey(), Translations.FRENCH, run.errorArguments());
        try {
            mailer.send(
                    to,
                    translations.getTranslation("feed.mail.subject", Translations.FRENCH),
                    translations.getTranslation("feed.mail.text", Translations.FRENCH, when, why),
                    null);
        } catch (MailException failure) {
            log.warn(
                    "The feed run {} stopped and its alert could not be mailed ({})",
                    run.id(),
                    Mailer.describe(failure));
        }
    }
}
