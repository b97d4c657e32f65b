package org.comptoir.contact;

import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.comptoir.base.RuleViolation;
import org.comptoir.security.CurrentUser;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionPart;
import org.comptoir.visit.InteractionPartWriter;
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
 * directors and admins all of them, within their offices (decision 0030): no one reads the contact of an
 * interaction made at another office's desk, except the network director.
 */
@Service
public class ContactService implements InteractionPartWriter {

    private final ContactRepository contacts;
    private final List<ContactReaders> readers;
    private final PersonalDataAuditRepository audits;
    private final VisitService visits;
    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            List<ContactReaders> readers,
            PersonalDataAuditRepository audits,
            VisitService visits,
            Clock clock) {
        this.contacts = contacts;
        this.readers = List.copyOf(readers);
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
    public ContactDetails save(long interactionId, ContactDraft draft) {
        var problems = ContactRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new ContactInvalid(problems);
        }
        var interaction = visits.find(interactionId).orElseThrow(() -> new RuleViolation("contact.interaction.gone"));
        var me = CurrentUser.name();
        if (!CurrentUser.isManager() && !interaction.counsellor().equals(me)) {
            throw new AccessDeniedException("contact of another counsellor's interaction");
        }
        var now = clock.instant();
        var contact = contacts.save(new Contact(interaction.id(), draft, Consent.WORDING_VERSION, now, me));
        audits.save(new PersonalDataAudit(
                now, me, PersonalDataAudit.Action.CREATE, contact.getId(), "interaction " + interaction.id()));
        return contact.details();
    }

    /**
     * The visitor's contact details typed at the desk, saved in the transaction of their interaction (read
     * again: the same rules as for any other save).
     */
    @Override
    @PreAuthorize(STAFF)
    @Transactional
    public boolean write(InteractionDetails interaction, InteractionPart part) {
        if (!(part instanceof ContactDraft draft)) {
            return false;
        }
        save(interaction.id(), draft);
        return true;
    }

    /** Shows a person's contact details to the person signed in, and writes down that they saw them. */
    @PreAuthorize(STAFF)
    @Transactional
    public ContactDetails view(long contactId) {
        var contact = readable(contactId);
        audits.save(new PersonalDataAudit(
                clock.instant(), CurrentUser.name(), PersonalDataAudit.Action.VIEW, contactId, null));
        return contact.details();
    }

    /** The contact details given last with an interaction, if any: what a follow-up saved with it is tied to. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<Long> lastOf(long interactionId) {
        if (!visits.reaches(interactionId)) {
            return Optional.empty();
        }
        var given = contacts.findByInteractionIdOrderByIdAsc(interactionId);
        return given.isEmpty() ? Optional.empty() : Optional.of(given.getLast().getId());
    }

    /** Whether these contact details were given with this interaction. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public boolean givenWith(long contactId, long interactionId) {
        return contacts.findById(contactId)
                .filter(c -> c.getInteractionId() == interactionId)
                .filter(c -> visits.reaches(interactionId))
                .isPresent();
    }

    /**
     * Where to answer the visitor: their e-mail, when they gave one and agreed to be contacted about their request.
     * For sending, not for showing: not written in the audit. Refused to whoever may not read the contact.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<String> replyAddress(long contactId) {
        return contacts.findById(contactId)
                .map(this::checkReadable)
                .filter(Contact::isConsentReply)
                .map(Contact::getEmail);
    }

    /** The contact when the person signed in may read it; refused otherwise. */
    private Contact readable(long contactId) {
        return checkReadable(contacts.findById(contactId).orElseThrow(() -> new RuleViolation("contact.gone")));
    }

    private Contact checkReadable(Contact contact) {
        // personal data never crosses offices (decision 0030): not even for a director or an admin
        if (!visits.reaches(contact.getInteractionId())) {
            throw new AccessDeniedException("contact of another office");
        }
        if (CurrentUser.isManager()) {
            return contact;
        }
        var me = CurrentUser.name();
        var ownInteraction = visits.find(contact.getInteractionId())
                .map(i -> i.counsellor().equals(me))
                .orElse(false);
        if (!ownInteraction && readers.stream().noneMatch(reader -> reader.mayRead(contact.getId(), me))) {
            throw new AccessDeniedException("contact of another counsellor");
        }
        return contact;
    }
}
