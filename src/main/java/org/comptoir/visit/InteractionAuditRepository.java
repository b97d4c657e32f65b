package org.comptoir.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionAuditRepository extends JpaRepository<InteractionAudit, Long> {

    List<InteractionAudit> findByInteractionIdOrderByAtAscIdAsc(long interactionId);
}
