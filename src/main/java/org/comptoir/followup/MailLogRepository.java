package org.comptoir.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailLogRepository extends JpaRepository<MailLog, Long> {

    List<MailLog> findByFollowUpIdOrderByAtAscIdAsc(long followUpId);
}
