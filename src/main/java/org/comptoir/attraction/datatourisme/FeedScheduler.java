package org.comptoir.attraction.datatourisme;

import org.comptoir.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every minute whether the feed's schedule (kept in the database, changed by the admin without a
 * restart) says a run is due, and runs it as the system admin. Not in the command-line modes.
 */
@Component
@ConditionalOnWebApplication
class FeedScheduler {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedService feeds;

    FeedScheduler(FeedService feeds) {
        this.feeds = feeds;
    }

    @Scheduled(
            fixedDelayString = "${comptoir.import.feed-poll:PT1M}",
            initialDelayString = "${comptoir.import.feed-poll:PT1M}")
    void runWhenDue() {
        try {
            CurrentUser.asAdmin("feed", () -> feeds.due() ? feeds.runNow() : null);
        } catch (RuntimeException failure) {
            // the type only; the run itself wrote why it stopped in its log
            log.error(
                    "The DATAtourisme feed could not run ({})",
                    failure.getClass().getName());
        }
    }
}
