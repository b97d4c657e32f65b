package org.comptoir.personaldata;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases personal data whose purpose is over, in one transaction: a contact kept for answering the
 * request goes {@link RetentionSettings#replyRetention()} after the consent; a newsletter subscriber
 * keeps their name and address until they withdraw, and loses the rest at the same time; follow-ups
 * and mails that no contact holds lose what may name the visitor after the same period, and closed
 * complaints the same period after their closing. Called by
 * the nightly {@link RetentionJob}, as the system rather than as a person: not a public service.
 */
@Component
class RetentionPolicy {

    /** Who the audit and the changed rows name for what the retention does. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(RetentionPolicy.class);

    private final PersonalDataStore store;
    private final RetentionSettings settings;
    private final Clock clock;

    RetentionPolicy(PersonalDataStore store, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one run did. */
    record Outcome(int erased, int reduced, int orphans, int complaints) {}

    @Transactional
    Outcome apply() {
        var now = clock.instant();
        var cutoff = ZonedDateTime.ofInstant(now, clock.getZone())
                .minus(settings.replyRetention())
                .toInstant();
        var detail = "reply-retention=" + settings.replyRetention();

        var erased = store.withoutPurpose(cutoff);
        for (var id : erased) {
            store.erase(store.scope(List.of(id), Set.of()), now, SYSTEM);
            store.audit(now, SYSTEM, PersonalAuditEntry.RETENTION_ERASE, id, detail);
        }
        var reduced = store.beyondReplyPurpose(cutoff);
        for (var id : reduced) {
            store.reduceToNewsletter(store.scope(List.of(id), Set.of()), now, SYSTEM);
            store.audit(now, SYSTEM, PersonalAuditEntry.RETENTION_REDUCE, id, detail);
        }
        int orphans = store.blankOrphans(cutoff, now, SYSTEM);
        // a closed complaint keeps its figures; what may name the visitor goes the same period after its closing
        var closedBefore = ZonedDateTime.ofInstant(now, clock.getZone())
                .minus(settings.replyRetention())
                .toLocalDate();
        int complaints = store.eraseClosedComplaints(closedBefore, now, SYSTEM);
        // counts only: never a name, an address or a number in the log
        log.info(
                "Retention: erased {} contacts, kept {} for the newsletter only, blanked {} rows without a contact,"
                        + " erased the personal data of {} closed complaints",
                erased.size(),
                reduced.size(),
                orphans,
                complaints);
        return new Outcome(erased.size(), reduced.size(), orphans, complaints);
    }
}
