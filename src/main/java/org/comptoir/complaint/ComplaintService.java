package org.comptoir.complaint;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.MANAGERS;
import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Mailer;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.contact.Consent;
import org.comptoir.contact.ContactRules;
import org.comptoir.followup.MailKind;
import org.comptoir.followup.MailLogEntry;
import org.comptoir.followup.MailResult;
import org.comptoir.followup.VisitorMails;
import org.comptoir.followup.WorkingDays;
import org.comptoir.security.AppRoles;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.OfficeScope;
import org.comptoir.security.UserService;
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
 * The complaints and suggestions register (decision 0029). Everyone signed in records one; directors and admins
 * see and manage all; the owner of one (when not a director) sees and acts on it; a counsellor sees those they
 * recorded, read only. Received → acknowledged → answered → closed, each step in the history; an answer by e-mail
 * goes through the mail log, written down whether it went or not.
 */
@Service
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);
    private static final int MAX_REASON = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final VisitorMails mails;
    private final UserService users;
    private final AttractionService attractions;
    private final DeskDirectory desks;
    private final OfficeScope scope;
    private final Mailer mailer;
    private final Translations translations;
    private final ComplaintSettings settings;
    private final String officeName;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transactions;

    ComplaintService(
            ComplaintRepository complaints,
            ComplaintEventRepository events,
            VisitorMails mails,
            UserService users,
            AttractionService attractions,
            DeskDirectory desks,
            OfficeScope scope,
            Mailer mailer,
            Translations translations,
            ComplaintSettings settings,
            ComptoirProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.complaints = complaints;
        this.events = events;
        this.mails = mails;
        this.users = users;
        this.attractions = attractions;
        this.desks = desks;
        this.scope = scope;
        this.mailer = mailer;
        this.translations = translations;
        this.settings = settings;
        this.officeName = properties.officeName();
        this.clock = clock;
        this.zone = properties.timeZone();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records a complaint or a suggestion. Due {@link ComplaintSettings#answerWithin()} working days after it was
     * received. Its owner: the one a director or an admin chose; else the person recording it when a director or
     * an admin; else the first active director (A→Z), the first active admin, or at last the person recording it.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ComplaintDetails record(ComplaintDraft draft) {
        var me = CurrentUser.name();
        var today = today();
        var received = draft.receivedOn() == null ? today : draft.receivedOn();
        if (received.isAfter(today)) {
            throw new RuleViolation("complaint.received.future");
        }
        if (draft.category().subject() != draft.subject()) {
            throw new RuleViolation("complaint.category.wrong-subject");
        }
        var description = ContactRules.blankToNull(draft.description());
        if (description == null) {
            throw new RuleViolation("complaint.description.required");
        }
        if (description.length() > ComplaintDraft.MAX_DESCRIPTION) {
            throw new RuleViolation("complaint.description.too-long", ComplaintDraft.MAX_DESCRIPTION);
        }
        var partnerName = ContactRules.blankToNull(draft.partnerName());
        if (draft.subject() == ComplaintSubject.OFFICE && (draft.attractionId() != null || partnerName != null)) {
            throw new RuleViolation("complaint.partner.office");
        }
        if (partnerName != null && partnerName.length() > ComplaintDraft.MAX_PARTNER_NAME) {
            throw new RuleViolation("complaint.partner.too-long", ComplaintDraft.MAX_PARTNER_NAME);
        }
        if (draft.attractionId() != null
                && attractions.find(draft.attractionId()).isEmpty()) {
            throw new RuleViolation("complaint.attraction.unknown");
        }
        // where it was received or is handled: the recorder's desk unless told; the office it belongs to reads it
        var deskId =
                draft.deskId() != null ? draft.deskId() : users.currentDeskId().orElse(null);
        if (deskId != null && (desks.find(deskId, Locale.FRENCH).isEmpty() || !scope.reaches(deskId))) {
            throw new RuleViolation("complaint.desk.unknown");
        }
        if (deskId == null && scope.desks().isPresent()) {
            throw new RuleViolation("complaint.desk.required");
        }
        draft = draft.atDesk(deskId);
        var owner = ownerOf(draft, me);
        var now = clock.instant();
        var clean = draft.receivedOn(received).aboutPartner(draft.attractionId(), partnerName);
        var complaint =
                new Complaint(clean, description, owner, WorkingDays.plus(received, settings.answerWithin()), now, me);
        checkContact(draft, complaint, now);
        complaint = complaints.save(complaint);
        events.save(new ComplaintEvent(
                complaint.getId(), now, me, ComplaintAction.RECORDED, owner + ", " + complaint.getDueDate()));
        return complaint.details(today);
    }

    /**
     * The complaints the person signed in may see, in these statuses (all when empty): those awaiting their answer
     * past their due date first, then by due date. Directors and admins see all; others those they own or recorded.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Slice<ComplaintDetails> list(Collection<ComplaintStatus> statuses, Pageable pageable) {
        var today = today();
        var asked = statuses.isEmpty() ? EnumSet.allOf(ComplaintStatus.class) : EnumSet.copyOf(statuses);
        var reach = scope.desks();
        return complaints
                .list(
                        asked,
                        CurrentUser.isManager() ? null : CurrentUser.name(),
                        reach.isEmpty(),
                        ids(reach),
                        today,
                        pageable)
                .map(c -> c.details(today));
    }

    /** A complaint, if it exists; refused when the person signed in may not see it. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> find(long id) {
        return complaints.findById(id).map(this::checkVisible).map(c -> c.details(today()));
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ComplaintHistoryEntry> history(long id) {
        visible(id);
        return events.findByComplaintIdOrderByAtAscIdAsc(id).stream()
                .map(ComplaintEvent::entry)
                .toList();
    }

    /** The e-mails sent or tried for a complaint, without their addresses. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<MailLogEntry> mails(long id) {
        visible(id);
        return mails.ofComplaint(id);
    }

    /** Whether the person signed in may act on this complaint: directors and admins, and its owner. */
    @PreAuthorize(STAFF)
    public boolean mayManage(ComplaintDetails complaint) {
        return CurrentUser.isManager() || complaint.owner().equals(CurrentUser.name());
    }

    /** Whether the person signed in sees every complaint (directors and admins) or only theirs. */
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
     * How many complaints await their answer and how many of those are late: all of them for directors and admins,
     * the ones they own for others (the menu's badge).
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public ComplaintCount myCount() {
        var owner = CurrentUser.isManager() ? null : CurrentUser.name();
        // the desks read once and both counts in one query: this runs with every page's menu badge
        var reach = scope.desks();
        return complaints.countAwaiting(today(), owner, reach.isEmpty(), ids(reach));
    }

    /** Whom a complaint may be handed to. */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<String> possibleOwners() {
        return users.activeUsernames();
    }

    /** The visitor was told their complaint is being looked at. */
    @PreAuthorize(STAFF)
    @Transactional
    public ComplaintDetails acknowledge(long id, long version) {
        var complaint = managed(id, version);
        if (complaint.getStatus() != ComplaintStatus.RECEIVED) {
            throw new RuleViolation("complaint.acknowledge.not-received");
        }
        return change(
                complaint, ComplaintAction.ACKNOWLEDGED, null, (now, me) -> complaint.acknowledge(today(), now, me));
    }

    /**
     * Records the answer given, and by which channel. By e-mail, it is sent to the address the visitor consented
     * to, through the mail log: written down as on its way, the mail server called with no transaction open, then
     * what it answered written down. The complaint is answered either way; a mail that did not go can be sent again
     * ({@link #resendAnswer}).
     */
    @PreAuthorize(STAFF)
    public ComplaintAnswered answer(long id, long version, String text, ComplaintChannel channel) {
        var answer = ContactRules.blankToNull(text);
        if (answer == null) {
            throw new RuleViolation("complaint.answer.required");
        }
        if (answer.length() > ComplaintDraft.MAX_ANSWER) {
            throw new RuleViolation("complaint.answer.too-long", ComplaintDraft.MAX_ANSWER);
        }
        var byMail = channel == ComplaintChannel.EMAIL;
        var prepared = inTransaction(() -> {
            var complaint = managed(id, version);
            if (!complaint.getStatus().awaitingAnswer()) {
                throw new RuleViolation("complaint.answer.not-awaiting");
            }
            if (byMail) {
                checkMailable(complaint);
            }
            var details = change(
                    complaint,
                    ComplaintAction.ANSWERED,
                    channel.name(),
                    (now, me) -> complaint.answer(answer, channel, today(), now, me));
            return new Prepared(details, byMail ? outgoing(complaint, answer) : null);
        });
        if (prepared.mail() == null) {
            return new ComplaintAnswered(prepared.details(), null);
        }
        var sent = deliver(prepared.mail());
        return new ComplaintAnswered(find(id).orElseThrow(), sent);
    }

    /** Sends the e-mailed answer again (after the mail server did not take it). */
    @PreAuthorize(STAFF)
    public MailResult resendAnswer(long id) {
        return deliver(inTransaction(() -> {
            var complaint = locked(id);
            var details = complaint.details(today());
            if (details.status() != ComplaintStatus.ANSWERED
                    || details.answerChannel() != ComplaintChannel.EMAIL
                    || details.answer() == null) {
                throw new RuleViolation("complaint.resend.not-emailed");
            }
            checkMailable(complaint);
            return outgoing(complaint, details.answer());
        }));
    }

    /** Closes an answered complaint. */
    @PreAuthorize(STAFF)
    @Transactional
    public ComplaintDetails close(long id, long version) {
        var complaint = managed(id, version);
        if (complaint.getStatus() != ComplaintStatus.ANSWERED) {
            throw new RuleViolation(
                    complaint.getStatus() == ComplaintStatus.CLOSED
                            ? "complaint.close.closed"
                            : "complaint.close.not-answered");
        }
        return change(complaint, ComplaintAction.CLOSED, null, (now, me) -> complaint.close(today(), now, me));
    }

    /**
     * Closes a complaint nobody can answer (no contact details were left), saying why: the reason goes in the
     * history (and goes with the retention).
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ComplaintDetails closeUnanswered(long id, long version, String reason) {
        var why = ContactRules.blankToNull(reason);
        if (why == null) {
            throw new RuleViolation("complaint.close.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolation("complaint.close.reason.too-long", MAX_REASON);
        }
        var complaint = managed(id, version);
        if (!complaint.getStatus().awaitingAnswer()) {
            throw new RuleViolation(
                    complaint.getStatus() == ComplaintStatus.CLOSED
                            ? "complaint.close.closed"
                            : "complaint.close.answered");
        }
        if (complaint.hasContact()) {
            throw new RuleViolation("complaint.close.has-contact");
        }
        return change(
                complaint, ComplaintAction.CLOSED_UNANSWERED, why, (now, me) -> complaint.close(today(), now, me));
    }

    /** Hands a complaint to someone else. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public ComplaintDetails reassign(long id, long version, String owner) {
        var complaint = managed(id, version);
        if (complaint.getStatus() == ComplaintStatus.CLOSED) {
            throw new RuleViolation("complaint.closed");
        }
        if (!users.activeUsernames().contains(owner)) {
            throw new RuleViolation("complaint.owner.unknown");
        }
        return change(
                complaint,
                ComplaintAction.REASSIGNED,
                complaint.getOwner() + " → " + owner,
                (now, me) -> complaint.setOwner(owner, now, me));
    }

    /** Moves the due date of a complaint still awaiting its answer; never into the past. */
    @PreAuthorize(STAFF)
    @Transactional
    public ComplaintDetails changeDueDate(long id, long version, LocalDate dueDate) {
        var complaint = managed(id, version);
        if (!complaint.getStatus().awaitingAnswer()) {
            throw new RuleViolation("complaint.due.not-awaiting");
        }
        if (dueDate.isBefore(today())) {
            throw new RuleViolation("complaint.due.past");
        }
        return change(
                complaint,
                ComplaintAction.DUE_DATE_CHANGED,
                complaint.getDueDate() + " → " + dueDate,
                (now, me) -> complaint.setDueDate(dueDate, now, me));
    }

    /**
     * Writes complaints of the past as they went, in bulk: the demo history's. Their history holds the steps on
     * the days given, by their owner. Admins only (start-up code runs as one).
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public int importPast(List<ComplaintPast> past) {
        for (var row : past) {
            var draft = row.draft();
            var received = draft.receivedOn() == null ? today() : draft.receivedOn();
            var at = received.atTime(10, 0).atZone(zone).toInstant();
            var complaint = new Complaint(draft, draft.description(), row.owner(), row.dueDate(), at, row.owner());
            complaint.past(row.acknowledgedOn(), row.answeredOn(), row.answerChannel(), row.answer(), row.closedOn());
            complaint = complaints.save(complaint);
            pastStep(complaint.getId(), received, ComplaintAction.RECORDED, row.owner() + ", " + row.dueDate(), row);
            pastStep(complaint.getId(), row.acknowledgedOn(), ComplaintAction.ACKNOWLEDGED, null, row);
            var channel = row.answerChannel();
            pastStep(
                    complaint.getId(),
                    row.answeredOn(),
                    ComplaintAction.ANSWERED,
                    channel == null ? null : channel.name(),
                    row);
            pastStep(complaint.getId(), row.closedOn(), ComplaintAction.CLOSED, null, row);
        }
        return past.size();
    }

    private void pastStep(
            long complaintId,
            @Nullable LocalDate day,
            ComplaintAction action,
            @Nullable String detail,
            ComplaintPast row) {
        if (day != null) {
            events.save(new ComplaintEvent(
                    complaintId, day.atTime(10, 30).atZone(zone).toInstant(), row.owner(), action, detail));
        }
    }

    private String ownerOf(ComplaintDraft draft, String me) {
        var chosen = ContactRules.blankToNull(draft.owner());
        if (chosen != null && !chosen.equals(me)) {
            if (!CurrentUser.isManager()) {
                throw new AccessDeniedException("only directors and admins choose who answers a complaint");
            }
            if (!users.activeUsernames().contains(chosen)) {
                throw new RuleViolation("complaint.owner.unknown");
            }
            return chosen;
        }
        if (chosen != null || CurrentUser.isManager()) {
            return me;
        }
        return users.firstActiveWithRole(AppRoles.DIRECTOR)
                .or(() -> users.firstActiveWithRole(AppRoles.ADMIN))
                .orElse(me);
    }

    /** The visitor's details, only with their consent, checked by the desk's contact rules. */
    private static void checkContact(ComplaintDraft draft, Complaint complaint, Instant now) {
        var name = ContactRules.blankToNull(draft.contactName());
        var email = ContactRules.blankToNull(draft.contactEmail());
        var phone = ContactRules.blankToNull(draft.contactPhone());
        if (name == null && email == null && phone == null) {
            return;
        }
        if (!draft.consented()) {
            throw new RuleViolation("complaint.contact.consent-required");
        }
        if (name != null && name.length() > ContactRules.MAX_NAME) {
            throw new RuleViolation("contact.name.too-long");
        }
        ContactRules.emailProblem(email).ifPresent(key -> {
            throw new RuleViolation(key);
        });
        ContactRules.phoneProblem(phone).ifPresent(key -> {
            throw new RuleViolation(key);
        });
        if (email == null && phone == null) {
            throw new RuleViolation("contact.reach.required");
        }
        complaint.setContact(name, email, phone, Consent.WORDING_VERSION, now);
    }

    private void checkMailable(Complaint complaint) {
        if (complaint.getContactEmail() == null) {
            throw new RuleViolation("complaint.answer.no-email");
        }
        if (!mailer.ready()) {
            throw new RuleViolation("mail.not-configured");
        }
    }

    /** The state after the answer was recorded, and the mail to hand to the mail server, if any. */
    private record Prepared(
            ComplaintDetails details, @Nullable Outgoing mail) {}

    /** A mail written down as on its way; {@code logId} null: the same went a moment ago, nothing to send. */
    private record Outgoing(@Nullable Long logId, long complaintId, String recipient, String subject, String text) {}

    /** Writes the answer's mail down as pending, in the transaction that holds the complaint. */
    private Outgoing outgoing(Complaint complaint, String answer) {
        var recipient = complaint.getContactEmail();
        if (recipient == null) {
            throw new RuleViolation("complaint.answer.no-email");
        }
        var subject = translations.getTranslation(
                "complaint.mail.subject", Translations.FRENCH, officeName, DAY.format(complaint.getReceivedOn()));
        var logId = mails.pendingForComplaint(
                        complaint.getId(),
                        MailKind.COMPLAINT_ANSWER,
                        recipient,
                        subject,
                        clock.instant(),
                        CurrentUser.name())
                .orElse(null);
        return new Outgoing(logId, complaint.getId(), recipient, subject, answer);
    }

    /** Calls the mail server outside any transaction, then writes down what it answered. */
    private MailResult deliver(Outgoing mail) {
        if (mail.logId() == null) {
            return new MailResult(true);
        }
        String error = null;
        try {
            mailer.send(mail.recipient(), mail.subject(), mail.text(), null);
        } catch (MailException failure) {
            error = Mailer.describe(failure);
            // ids only: the address stays out of the logs
            log.warn("Answer to complaint {} not sent: {}", mail.complaintId(), error);
        }
        var failure = error;
        inTransaction(() -> {
            var now = clock.instant();
            var me = CurrentUser.name();
            mails.settle(mail.logId(), failure);
            events.save(new ComplaintEvent(
                    mail.complaintId(),
                    now,
                    me,
                    failure == null ? ComplaintAction.MAIL_SENT : ComplaintAction.MAIL_FAILED,
                    MailKind.COMPLAINT_ANSWER.name()));
            complaints.findById(mail.complaintId()).ifPresent(c -> c.touch(now, me));
            return null;
        });
        return new MailResult(failure == null);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** Applies a change (at this instant, by the person signed in) and writes it in the history. */
    private ComplaintDetails change(
            Complaint complaint, ComplaintAction action, @Nullable String detail, BiConsumer<Instant, String> change) {
        var me = CurrentUser.name();
        var now = clock.instant();
        change.accept(now, me);
        events.save(new ComplaintEvent(complaint.getId(), now, me, action, detail));
        return complaints.saveAndFlush(complaint).details(today());
    }

    /** The complaint at the version the person saw, if they may act on it; refused when changed meanwhile. */
    private Complaint managed(long id, long version) {
        var complaint = checkManageable(complaints.findById(id).orElseThrow(() -> new RuleViolation("complaint.gone")));
        if (complaint.getVersion() != version) {
            throw new RuleViolation("complaint.conflict");
        }
        return complaint;
    }

    private Complaint locked(long id) {
        return checkManageable(complaints.findLocked(id).orElseThrow(() -> new RuleViolation("complaint.gone")));
    }

    private Complaint checkManageable(Complaint complaint) {
        if (!CurrentUser.isManager() && !complaint.getOwner().equals(CurrentUser.name())) {
            throw new AccessDeniedException("complaint owned by someone else");
        }
        return complaint;
    }

    private Complaint visible(long id) {
        return checkVisible(complaints.findById(id).orElseThrow(() -> new RuleViolation("complaint.gone")));
    }

    /**
     * The desks of the signed-in person's offices, for a query's {@code in} (never empty: an id no desk has when
     * none is reached): a complaint is read where it was received or is handled.
     */
    private static Collection<Long> ids(Optional<Set<Long>> reach) {
        return reach.filter(d -> !d.isEmpty())
                .<Collection<Long>>map(List::copyOf)
                .orElse(List.of(-1L));
    }

    private Complaint checkVisible(Complaint complaint) {
        var deskId = complaint.getDeskId();
        if (deskId == null ? scope.desks().isPresent() : !scope.reaches(deskId)) {
            throw new AccessDeniedException("complaint of another office");
        }
        var me = CurrentUser.name();
        if (!CurrentUser.isManager()
                && !complaint.getOwner().equals(me)
                && !complaint.getCreatedBy().equals(me)) {
            throw new AccessDeniedException("complaint of someone else");
        }
        return complaint;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
