package org.comptoir.contact;

import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.VisitService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact details of visitors, kept only with their consent. Every time someone is shown a person's
 * details, the personal-data audit says who and when. Nothing personal goes to a log or an exception.
 *
 * <p>A counsellor records and sees the contacts of their own interactions and of the follow-ups they own;
 * directors and admins all of them.
 */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final FollowUpRepository followUps;
    private final PersonalDataAuditRepository audits;
    private final VisitService visits;
    private final Clock clock;

    ContactService(ContactRepository contacts, FollowUpRepository followUps, PersonalDataAuditRepository audits,
                   VisitService visits, Clock clock) {
        this.contacts = contacts;
        this.followUps = followUps;
        this.audits = audits;
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * Records a visitor's contact details for a saved interaction, with the purposes they agreed to and the
     * consent wording in force. Refuses anything without consent, saying what is wrong next to each field.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ContactDetails save(ContactDraft draft) {
        var problems = ContactRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new ContactInvalid(problems);
        }
        var interaction = visits.find(draft.interactionId())
                .orElseThrow(() -> new RuleViolation("contact.interaction.gone"));
        var me = CurrentUser.name();
        if (!CurrentUser.isManager() && !interaction.counsellor().equals(me)) {
            throw new AccessDeniedException("contact of another counsellor's interaction");
        }
        var now = clock.instant();
        var contact = contacts.save(new Contact(draft, Consent.WORDING_VERSION, now, me));
        audits.save(new PersonalDataAudit(now, me, PersonalDataAudit.Action.CREATE, contact.getId(),
                "interaction " + draft.interactionId()));
        return contact.details();
    }

    /** Shows a person's contact details to the person signed in, and writes down that they saw them. */
    @PreAuthorize(STAFF)
    @Transactional
    public ContactDetails view(long contactId) {
        var contact = readable(contactId);
        audits.save(new PersonalDataAudit(clock.instant(), CurrentUser.name(), PersonalDataAudit.Action.VIEW,
                contactId, null));
        return contact.details();
    }

    /** The contact when the person signed in may read it; refused otherwise. */
    private Contact readable(long contactId) {
        var contact = contacts.findById(contactId).orElseThrow(() -> new RuleViolation("contact.gone"));
        if (CurrentUser.isManager()) {
            return contact;
        }
        var me = CurrentUser.name();
        var ownInteraction = visits.find(contact.getInteractionId()).map(i -> i.counsellor().equals(me))
                .orElse(false);
        if (!ownInteraction && followUps.countVisibleForContact(contactId, me) == 0) {
            throw new AccessDeniedException("contact of another counsellor");
        }
        return contact;
    }
}
