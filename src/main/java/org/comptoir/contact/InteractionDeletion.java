package org.comptoir.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an interaction is deleted, in the same transaction: its open follow-ups are cancelled (written in
 * their history) and the visitor's details given there are erased, except a newsletter subscription,
 * which outlives the conversation it was given in and keeps only what the newsletter needs.
 */
@Component
class InteractionDeletion {

    static final String DETAIL = "interaction deleted";

    private final PersonalDataStore store;
    private final FollowUpRepository followUps;
    private final FollowUpEventRepository events;
    private final Clock clock;

    InteractionDeletion(PersonalDataStore store, FollowUpRepository followUps, FollowUpEventRepository events,
                        Clock clock) {
        this.store = store;
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    /** In the deletion's own transaction: both go, or neither. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InteractionChanged change) {
        if (change.before() == null || change.after() != null) {
            return;
        }
        var interactionId = change.before().id();
        var now = clock.instant();
        var me = CurrentUser.name();
        for (var followUp : followUps.findByInteractionIdAndStatus(interactionId, FollowUpStatus.OPEN)) {
            followUp.setStatus(FollowUpStatus.CANCELLED, now, me);
            events.save(new FollowUpEvent(followUp.getId(), now, me, FollowUpAction.CANCELLED, DETAIL));
        }
        followUps.flush();
        var contacts = store.contactsOf(interactionId);
        var subscribers = store.newsletterSubscribers(contacts);
        var erased = new ArrayList<>(contacts);
        erased.removeAll(subscribers);
        if (!erased.isEmpty()) {
            store.erase(store.scope(erased, Set.of()), now, me);
        }
        if (!subscribers.isEmpty()) {
            store.reduceToNewsletter(store.scope(subscribers, Set.of()), now, me);
        }
        contacts.forEach(id -> store.audit(now, me, PersonalAuditEntry.INTERACTION_DELETED, id, DETAIL));
    }
}
