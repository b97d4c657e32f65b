package org.comptoir.followup;

import static org.comptoir.security.AppRoles.MANAGERS;
import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Mailer;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.contact.ContactRules;
import org.comptoir.contact.ContactService;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.OfficeScope;
import org.comptoir.security.UserService;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionPart;
import org.comptoir.visit.InteractionPartWriter;
import org.comptoir.visit.InteractionSheetPdf;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests that need an answer: "send me the documentation", "call me back", "answer my e-mail". Each has an
 * owner, a due date and a history; e-mails to the visitor are sent from here and every try is written down.
 *
 * <p>Counsellors see and act on the follow-ups they own and those of the interactions they recorded;
 * directors and admins on all, and only they hand a follow-up to someone else.
 */
@Service
public class FollowUpService implements InteractionPartWriter {

    private static final Logger log = LoggerFactory.getLogger(FollowUpService.class);
    /** The same mail to the same follow-up within this time is a second click, not a second mail. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    private final FollowUpRepository followUps;
    private final FollowUpEventRepository events;
    private final MailLogRepository mailLog;
    private final ContactService contacts;
    private final VisitService visits;
    private final OfficeScope scope;
    private final UserService users;
    private final InteractionSheetPdf sheets;
    private final Mailer mailer;
    private final Translations translations;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transactions;

    FollowUpService(
            FollowUpRepository followUps,
            FollowUpEventRepository events,
            MailLogRepository mailLog,
            ContactService contacts,
            VisitService visits,
            OfficeScope scope,
            UserService users,
            InteractionSheetPdf sheets,
            Mailer mailer,
            Translations translations,
            ComptoirProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.followUps = followUps;
        this.events = events;
        this.mailLog = mailLog;
        this.contacts = contacts;
        this.visits = visits;
        this.scope = scope;
        this.users = users;
        this.sheets = sheets;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records a request that needs an answer, for a saved interaction, with the visitor's contact details
     * ({@code contactId}) when they agreed to give them.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public FollowUpDetails create(long interactionId, @Nullable Long contactId, FollowUpDraft draft) {
        var me = CurrentUser.name();
        var interaction = visits.find(interactionId).orElseThrow(() -> new RuleViolation("contact.interaction.gone"));
        if (!CurrentUser.isManager() && !interaction.counsellor().equals(me)) {
            throw new AccessDeniedException("follow-up of another counsellor's interaction");
        }
        if (contactId != null && !contacts.givenWith(contactId, interactionId)) {
            throw new RuleViolation("contact.gone");
        }
        var owner = draft.owner() == null || draft.owner().isBlank() ? me : draft.owner();
        if (!owner.equals(me)) {
            checkOwner(owner);
        }
        var due = draft.dueDate() == null ? WorkingDays.next(today()) : draft.dueDate();
        checkDueDate(due);
        var note = ContactRules.blankToNull(draft.note());
        if (note != null && note.length() > FollowUpDraft.MAX_NOTE) {
            throw new RuleViolation("followup.note.too-long");
        }
        var now = clock.instant();
        var followUp =
                followUps.save(new FollowUp(interaction.id(), contactId, draft.kind(), due, owner, note, now, me));
        events.save(new FollowUpEvent(followUp.getId(), now, me, FollowUpAction.CREATED, owner + ", " + due));
        return followUp.details(today());
    }

    /**
     * A follow-up asked for at the desk, saved in the transaction of its interaction (read again: the same rules
     * as for any other follow-up) and tied to the contact details saved with it, if any.
     */
    @Override
    @PreAuthorize(STAFF)
    @Transactional
    public boolean write(InteractionDetails interaction, InteractionPart part) {
        if (!(part instanceof FollowUpDraft draft)) {
            return false;
        }
        create(interaction.id(), contacts.lastOf(interaction.id()).orElse(null), draft);
        return true;
    }

    /**
     * Open follow-ups the person signed in may see, overdue first then by due date; directors and admins may
     * narrow them to one owner.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Slice<FollowUpDetails> open(@Nullable String owner, Pageable pageable) {
        var manager = CurrentUser.isManager();
        var today = today();
        var ownerAsked = manager ? owner : null;
        var viewer = manager ? null : CurrentUser.name();
        // only the follow-ups of the person's offices' desks (decision 0030); -1: no desk at all
        return scope.desks()
                .map(desks ->
                        followUps.openAtDesks(ownerAsked, viewer, desks.isEmpty() ? List.of(-1L) : desks, pageable))
                .orElseGet(() -> followUps.open(ownerAsked, viewer, pageable))
                .map(f -> f.details(today));
    }

    /** Who owns open follow-ups: the owner filter of directors and admins. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<String> owners() {
        return followUps.openOwners();
    }

    /** Whom a follow-up may be handed to. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<String> possibleOwners() {
        return users.activeUsernames();
    }

    /** The open follow-ups of the person signed in, and how many are overdue (the menu's badge). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public OpenCount myOpenCount() {
        var me = CurrentUser.name();
        return new OpenCount(
                followUps.countByOwnerAndStatus(me, FollowUpStatus.OPEN),
                followUps.countByOwnerAndStatusAndDueDateBefore(me, FollowUpStatus.OPEN, today()));
    }

    /** A follow-up, if it exists; refused when the person signed in may not see it. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<FollowUpDetails> find(long id) {
        return followUps.findById(id).map(this::checkVisible).map(f -> f.details(today()));
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<FollowUpHistoryEntry> history(long id) {
        visible(id);
        return events.findByFollowUpIdOrderByAtAscIdAsc(id).stream()
                .map(FollowUpEvent::entry)
                .toList();
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<MailLogEntry> mails(long id) {
        visible(id);
        return mailLog.findByFollowUpIdOrderByAtAscIdAsc(id).stream()
                .map(MailLog::entry)
                .toList();
    }

    @PreAuthorize(STAFF)
    @Transactional
    public FollowUpDetails done(long id, long version) {
        return changeStatus(id, version, FollowUpStatus.DONE, FollowUpAction.DONE);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public FollowUpDetails cancel(long id, long version) {
        return changeStatus(id, version, FollowUpStatus.CANCELLED, FollowUpAction.CANCELLED);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public FollowUpDetails reopen(long id, long version) {
        return changeStatus(id, version, FollowUpStatus.OPEN, FollowUpAction.REOPENED);
    }

    /** Hands a follow-up to someone else. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public FollowUpDetails reassign(long id, long version, String owner) {
        var followUp = current(id, version);
        checkOwner(owner);
        return change(
                followUp,
                FollowUpAction.REASSIGNED,
                followUp.getOwner() + " → " + owner,
                (now, me) -> followUp.setOwner(owner, now, me));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public FollowUpDetails changeDueDate(long id, long version, LocalDate dueDate) {
        var followUp = current(id, version);
        checkDueDate(dueDate);
        return change(
                followUp,
                FollowUpAction.DUE_DATE_CHANGED,
                followUp.getDueDate() + " → " + dueDate,
                (now, me) -> followUp.setDueDate(dueDate, now, me));
    }

    /** Whether the person signed in sees everyone's follow-ups (directors and admins) or only theirs. */
    @PreAuthorize(STAFF)
    public boolean seesEveryone() {
        return CurrentUser.isManager();
    }

    /** Whether e-mails can be sent at all (a mail server and a sender are configured). */
    @PreAuthorize(STAFF)
    public boolean mailReady() {
        return mailer.ready();
    }

    /**
     * E-mails the interaction's suggestion sheet (PDF) to the visitor, with a short message in the sheet's
     * language (French, or English for every other language). Written down whether it went or not.
     * No transaction around the mail server's answer: see {@link #deliver}.
     */
    @PreAuthorize(STAFF)
    public MailResult sendSheet(long id) {
        return deliver(inTransaction(() -> {
            var followUp = locked(id);
            var sheet = sheets.of(followUp.getInteractionId()).orElseThrow(() -> new RuleViolation("mail.no-picks"));
            var locale = sheet.language() == SheetLanguage.FR ? Translations.FRENCH : Translations.ENGLISH;
            var picks = String.join(
                    "\n", sheet.pickNames().stream().map(name -> "  • " + name).toList());
            // signed by the interaction's office (issue 16), as the sheet itself
            var subject = translations.getTranslation("mail.sheet.subject", locale, sheet.office());
            var text = translations.getTranslation("mail.sheet.body", locale, sheet.office(), picks);
            return prepare(
                    followUp,
                    MailKind.SHEET,
                    subject,
                    text,
                    new Mailer.Attachment(sheet.fileName(), "application/pdf", sheet.pdf()));
        }));
    }

    /** E-mails an answer the counsellor wrote. Written down whether it went or not. */
    @PreAuthorize(STAFF)
    public MailResult sendAnswer(long id, String subject, String text) {
        if (subject.isBlank() || subject.strip().length() > 200) {
            throw new RuleViolation("mail.subject.required");
        }
        if (text.isBlank()) {
            throw new RuleViolation("mail.text.required");
        }
        return deliver(inTransaction(() -> prepare(locked(id), MailKind.ANSWER, subject.strip(), text.strip(), null)));
    }

    /** A mail written down as on its way, to hand to the mail server; {@code logId} null: already sent. */
    private record Outgoing(
            @Nullable Long logId,
            long followUpId,
            String recipient,
            MailKind kind,
            String subject,
            String text,
            Mailer.@Nullable Attachment attachment) {}

    /**
     * First step, in a transaction that holds the follow-up locked: checks, and writes the attempt down
     * (pending) unless the same mail went or is going within {@link #RESEND_AFTER}: a double click, or two
     * windows, send once.
     */
    private Outgoing prepare(
            FollowUp followUp, MailKind kind, String subject, String text, Mailer.@Nullable Attachment attachment) {
        if (!mailer.ready()) {
            throw new RuleViolation("mail.not-configured");
        }
        var contactId = followUp.getContactId();
        var address =
                contactId == null ? null : contacts.replyAddress(contactId).orElse(null);
        if (contactId == null || address == null) {
            throw new RuleViolation("mail.no-address");
        }
        var now = clock.instant();
        var stored = new MailLog(
                followUp.getId(),
                contactId,
                now,
                CurrentUser.name(),
                kind,
                address,
                subject,
                MailLog.Status.PENDING,
                null);
        if (mailLog.existsByFollowUpIdAndKindAndSubjectAndStatusInAndAtAfter(
                followUp.getId(),
                kind,
                stored.getSubject(),
                List.of(MailLog.Status.PENDING, MailLog.Status.SENT),
                now.minus(RESEND_AFTER))) {
            return new Outgoing(null, followUp.getId(), address, kind, subject, text, attachment);
        }
        var logId = mailLog.saveAndFlush(stored).getId();
        return new Outgoing(logId, followUp.getId(), address, kind, subject, text, attachment);
    }

    /**
     * Second and third steps: the mail server is called with no transaction open (no pooled connection
     * held while it answers, nothing to roll back once the mail went), then what it answered is written
     * down in a transaction of its own.
     */
    private MailResult deliver(Outgoing mail) {
        if (mail.logId() == null) {
            return new MailResult(true);
        }
        String error = null;
        try {
            mailer.send(mail.recipient(), mail.subject(), mail.text(), mail.attachment());
        } catch (MailException failure) {
            error = Mailer.describe(failure);
            // ids only: the address stays out of the logs
            log.warn("Mail {} for follow-up {} not sent: {}", mail.kind(), mail.followUpId(), error);
        }
        var failure = error;
        inTransaction(() -> {
            var now = clock.instant();
            var me = CurrentUser.name();
            mailLog.findById(mail.logId()).orElseThrow().settle(failure);
            events.save(new FollowUpEvent(
                    mail.followUpId(),
                    now,
                    me,
                    failure == null ? FollowUpAction.MAIL_SENT : FollowUpAction.MAIL_FAILED,
                    mail.kind().name()));
            followUps.findById(mail.followUpId()).ifPresent(followUp -> followUp.touch(now, me));
            return null;
        });
        return new MailResult(failure == null);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private FollowUp locked(long id) {
        return checkVisible(followUps.findLocked(id).orElseThrow(() -> new RuleViolation("followup.gone")));
    }

    private FollowUpDetails changeStatus(long id, long version, FollowUpStatus status, FollowUpAction action) {
        var followUp = current(id, version);
        if (followUp.getStatus() == status) {
            return followUp.details(today());
        }
        if (status != FollowUpStatus.OPEN && followUp.getStatus() != FollowUpStatus.OPEN) {
            throw new RuleViolation("followup.not-open");
        }
        return change(followUp, action, null, (now, me) -> followUp.setStatus(status, now, me));
    }

    /** Applies a change (at this instant, by the person signed in) and writes it in the history. */
    private FollowUpDetails change(
            FollowUp followUp, FollowUpAction action, @Nullable String detail, BiConsumer<Instant, String> change) {
        var me = CurrentUser.name();
        var now = clock.instant();
        change.accept(now, me);
        events.save(new FollowUpEvent(followUp.getId(), now, me, action, detail));
        return followUps.saveAndFlush(followUp).details(today());
    }

    /** The follow-up at the version the person saw; refused when someone changed it meanwhile. */
    private FollowUp current(long id, long version) {
        var followUp = visible(id);
        if (followUp.getVersion() != version) {
            throw new RuleViolation("followup.conflict");
        }
        return followUp;
    }

    private FollowUp visible(long id) {
        return checkVisible(followUps.findById(id).orElseThrow(() -> new RuleViolation("followup.gone")));
    }

    private FollowUp checkVisible(FollowUp followUp) {
        if (!visits.reaches(followUp.getInteractionId())) {
            // another office's follow-up: refused like another counsellor's
            throw new AccessDeniedException("follow-up of another office");
        }
        if (!CurrentUser.isManager() && followUps.countVisible(followUp.getId(), CurrentUser.name()) == 0) {
            throw new AccessDeniedException("follow-up of another counsellor");
        }
        return followUp;
    }

    private void checkOwner(String owner) {
        if (!users.activeUsernames().contains(owner)) {
            throw new RuleViolation("followup.owner.unknown");
        }
    }

    private void checkDueDate(LocalDate due) {
        if (due.isBefore(today())) {
            throw new RuleViolation("followup.due.past");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
