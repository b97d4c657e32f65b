package org.comptoir.followup;

import static org.comptoir.security.AppRoles.STAFF;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail log as other features write it (the complaints register's answers): the same rows, the same
 * pending → sent/failed steps and the same "a second click within a minute sends nothing more" rule as the
 * follow-ups' mails. The caller talks to the mail server itself, outside any transaction.
 */
@Component
public class VisitorMails {

    private final MailLogRepository mailLog;

    VisitorMails(MailLogRepository mailLog) {
        this.mailLog = mailLog;
    }

    /**
     * Writes a complaint's mail down as on its way (pending), in the caller's transaction; empty when the same
     * mail went, or is going, since {@link FollowUpService#RESEND_AFTER}: then nothing is to be sent.
     *
     * @return the log entry's id, to {@link #settle} once the mail server answered
     */
    @PreAuthorize(STAFF)
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> pendingForComplaint(
            long complaintId, MailKind kind, String recipient, String subject, Instant now, String by) {
        var stored = MailLog.ofComplaint(complaintId, now, by, kind, recipient, subject);
        if (mailLog.existsByComplaintIdAndKindAndSubjectAndStatusInAndAtAfter(
                complaintId,
                kind,
                stored.getSubject(),
                List.of(MailLog.Status.PENDING, MailLog.Status.SENT),
                now.minus(FollowUpService.RESEND_AFTER))) {
            return Optional.empty();
        }
        return Optional.ofNullable(mailLog.saveAndFlush(stored).getId());
    }

    /** What the mail server answered: sent when {@code failure} is null. */
    @PreAuthorize(STAFF)
    @Transactional
    public void settle(long logId, @Nullable String failure) {
        mailLog.findById(logId).orElseThrow().settle(failure);
    }

    /** The mails sent or tried for a complaint, oldest first, without their addresses. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<MailLogEntry> ofComplaint(long complaintId) {
        return mailLog.findByComplaintIdOrderByAtAscIdAsc(complaintId).stream()
                .map(MailLog::entry)
                .toList();
    }
}
