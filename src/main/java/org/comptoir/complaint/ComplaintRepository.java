package org.comptoir.complaint;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Complaints, and who may see them: everyone's when {@code viewer} is null (directors and admins), else those the
 * viewer owns or recorded; only at the reader's offices' {@code desks} unless {@code everyDesk}.
 */
interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    /**
     * In the statuses asked for: those awaiting their answer and past their due date first, then by due date,
     * the newest received last.
     */
    @Query("""
            select c from Complaint c
            where c.status in :statuses and (:viewer is null or c.owner = :viewer or c.createdBy = :viewer)
              and (:everyDesk = true or c.deskId in :desks)
            order by case when c.status in (org.comptoir.complaint.ComplaintStatus.RECEIVED,
                                            org.comptoir.complaint.ComplaintStatus.ACKNOWLEDGED)
                           and c.dueDate < :today then 0 else 1 end,
                     c.dueDate, c.id""")
    Slice<Complaint> list(
            @Param("statuses") Collection<ComplaintStatus> statuses,
            @Param("viewer") @Nullable String viewer,
            @Param("everyDesk") boolean everyDesk,
            @Param("desks") Collection<Long> desks,
            @Param("today") LocalDate today,
            Pageable pageable);

    /**
     * Awaiting their answer, and of those past their due date: one read for the menu's badge, on every page. One
     * owner's when {@code owner} is given.
     */
    @Query("""
            select new org.comptoir.complaint.ComplaintCount(count(c),
                   coalesce(sum(case when c.dueDate < :today then 1 else 0 end), 0))
            from Complaint c
            where c.status in (org.comptoir.complaint.ComplaintStatus.RECEIVED,
                               org.comptoir.complaint.ComplaintStatus.ACKNOWLEDGED)
              and (:owner is null or c.owner = :owner)
              and (:everyDesk = true or c.deskId in :desks)""")
    ComplaintCount countAwaiting(
            @Param("today") LocalDate today,
            @Param("owner") @Nullable String owner,
            @Param("everyDesk") boolean everyDesk,
            @Param("desks") Collection<Long> desks);

    /** The complaint, locked until the transaction ends: two sends of one answer queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.id = :id")
    Optional<Complaint> findLocked(@Param("id") long id);
}
