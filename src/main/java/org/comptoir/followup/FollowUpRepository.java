package org.comptoir.followup;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Follow-ups, and who may see them: the owner, the counsellor who recorded the interaction ({@code viewer}),
 * or anyone when {@code viewer} is null (directors and admins). SQL rather than JPQL: the interaction is
 * another feature's entity, reached by its table only.
 */
interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    String VISIBLE = """
            (:viewer is null or f.owner = :viewer
             or exists (select 1 from interaction i where i.id = f.interaction_id and i.counsellor = :viewer))""";

    /** Open follow-ups, overdue first (the earliest due date first), then by age. */
    @Query(
            nativeQuery = true,
            value = "select f.* from follow_up f where f.status = 'OPEN'"
                    + " and (:owner is null or f.owner = :owner) and " + VISIBLE + " order by f.due_date, f.id")
    Slice<FollowUp> open(
            @Param("owner") @Nullable String owner, @Param("viewer") @Nullable String viewer, Pageable pageable);

    /** Open follow-ups of interactions made at these desks only (a person's offices, decision 0030). */
    @Query(
            nativeQuery = true,
            value = "select f.* from follow_up f where f.status = 'OPEN'"
                    + " and (:owner is null or f.owner = :owner) and " + VISIBLE
                    + " and exists (select 1 from interaction d where d.id = f.interaction_id and d.desk_id in (:desks))"
                    + " order by f.due_date, f.id")
    Slice<FollowUp> openAtDesks(
            @Param("owner") @Nullable String owner,
            @Param("viewer") @Nullable String viewer,
            @Param("desks") Collection<Long> desks,
            Pageable pageable);

    @Query(nativeQuery = true, value = "select count(*) from follow_up f where f.id = :id and " + VISIBLE)
    long countVisible(@Param("id") long id, @Param("viewer") @Nullable String viewer);

    @Query(
            nativeQuery = true,
            value = "select count(*) from follow_up f where f.contact_id = :contactId and " + VISIBLE)
    long countVisibleForContact(@Param("contactId") long contactId, @Param("viewer") @Nullable String viewer);

    @Query(nativeQuery = true, value = "select distinct f.owner from follow_up f where f.status = 'OPEN' order by 1")
    List<String> openOwners();

    long countByOwnerAndStatus(String owner, FollowUpStatus status);

    long countByOwnerAndStatusAndDueDateBefore(String owner, FollowUpStatus status, LocalDate day);

    List<FollowUp> findByInteractionIdAndStatus(long interactionId, FollowUpStatus status);

    /** The follow-up, locked until the transaction ends: two sends of one mail queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.id = :id")
    Optional<FollowUp> findLocked(@Param("id") long id);
}
