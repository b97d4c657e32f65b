package org.comptoir.followup;

import org.comptoir.contact.ContactReaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whoever may see a follow-up may read the contact details it was recorded with. */
@Component
class FollowUpContactReaders implements ContactReaders {

    private final FollowUpRepository followUps;

    FollowUpContactReaders(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(long contactId, String username) {
        return followUps.countVisibleForContact(contactId, username) > 0;
    }
}
