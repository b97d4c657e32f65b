package org.comptoir.personaldata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an interaction is deleted, in the deletion's own transaction (both go, or neither): the visitor's
 * details given there are erased, except a newsletter subscription, which outlives the conversation it was
 * given in and keeps only what the newsletter needs. Runs after the follow-ups are cancelled.
 */
@Component
@Order(2)
class ContactsOfDeletedInteraction {

    static final String DETAIL = "interaction deleted";

    private final PersonalDataStore store;
    private final Clock clock;

    ContactsOfDeletedInteraction(PersonalDataStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InteractionDeleted deletion) {
        var interactionId = deletion.deleted().id();
        var now = clock.instant();
        var me = CurrentUser.name();
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
