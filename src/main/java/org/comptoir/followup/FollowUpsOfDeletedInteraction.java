package org.comptoir.followup;

import java.time.Clock;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an interaction is deleted, in the deletion's own transaction: its open follow-ups are cancelled,
 * written in their history. Runs before the personal-data module erases the visitor's details.
 */
@Component
@Order(1)
class FollowUpsOfDeletedInteraction {

    static final String DETAIL = "interaction deleted";

    private final FollowUpRepository followUps;
    private final FollowUpEventRepository events;
    private final Clock clock;

    FollowUpsOfDeletedInteraction(FollowUpRepository followUps, FollowUpEventRepository events, Clock clock) {
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InteractionDeleted deletion) {
        var now = clock.instant();
        var me = CurrentUser.name();
        for (var followUp :
                followUps.findByInteractionIdAndStatus(deletion.deleted().id(), FollowUpStatus.OPEN)) {
            followUp.setStatus(FollowUpStatus.CANCELLED, now, me);
            events.save(new FollowUpEvent(followUp.getId(), now, me, FollowUpAction.CANCELLED, DETAIL));
        }
        followUps.flush();
    }
}
