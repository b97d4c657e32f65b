package org.comptoir.followup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailLogRepository extends JpaRepository<MailLog, Long> {

    List<MailLog> findByFollowUpIdOrderByAtAscIdAsc(long followUpId);

    List<MailLog> findByComplaintIdOrderByAtAscIdAsc(long complaintId);

    boolean existsByComplaintIdAndKindAndSubjectAndStatusInAndAtAfter(
            long complaintId, MailKind kind, String subject, Collection<MailLog.Status> statuses, Instant after);

    /** A mail like this one, sent or on its way since {@code after}: a second click sends nothing more. */
    boolean existsByFollowUpIdAndKindAndSubjectAndStatusInAndAtAfter(
            long followUpId, MailKind kind, String subject, Collection<MailLog.Status> statuses, Instant after);
}
