package org.comptoir.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpEventRepository extends JpaRepository<FollowUpEvent, Long> {

    List<FollowUpEvent> findByFollowUpIdOrderByAtAscIdAsc(long followUpId);
}
