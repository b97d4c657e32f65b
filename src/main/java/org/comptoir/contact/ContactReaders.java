package org.comptoir.contact;

/**
 * Who else than the counsellor of the interaction may read a visitor's contact details: implemented by the
 * features that hand contacts on (a follow-up handed to someone), so that contact does not depend on them.
 */
public interface ContactReaders {

    /** Whether this person is handed the contact by this feature. */
    boolean mayRead(long contactId, String username);
}
