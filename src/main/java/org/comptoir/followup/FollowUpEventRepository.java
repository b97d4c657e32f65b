package org.comptoir.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpEventRepository extends JpaRepository<FollowUpEvent, Long> {

    List<FollowUpEvent> findByFollowUpIdOrderByAtAscIdAsc(long followUpId);
}
