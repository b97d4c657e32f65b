package org.comptoir.visit;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InteractionRepository extends JpaRepository<Interaction, Long>, JpaSpecificationExecutor<Interaction> {

    @Query("select new org.comptoir.visit.InteractionMoment(i.id, i.occurredAt, i.deskId) from Interaction i"
            + " where i.id in :ids")
    List<InteractionMoment> moments(Collection<Long> ids);

    @Query("""
            select i from Interaction i
            where i.deskId = :deskId and i.deleted = false and i.occurredAt >= :from and i.occurredAt < :to
            order by i.occurredAt desc, i.id desc""")
    Slice<Interaction> day(long deskId, LocalDateTime from, LocalDateTime to, Pageable pageable);

    @Query("""
            select new org.comptoir.visit.DayCounters(count(i), coalesce(sum(i.adults + i.children), 0),
                   coalesce(sum(case when i.quick = true then 1 else 0 end), 0))
            from Interaction i
            where i.deskId = :deskId and i.deleted = false and i.occurredAt >= :from and i.occurredAt < :to""")
    DayCounters dayCounters(long deskId, LocalDateTime from, LocalDateTime to);

    @Query("""
            select i.country from Interaction i
            where i.deskId = :deskId and i.deleted = false and i.occurredAt >= :since
              and i.country is not null and i.country <> 'FR'
            group by i.country order by count(i) desc, i.country""")
    List<String> mostFrequentCountries(long deskId, LocalDateTime since, Pageable limit);

    Optional<Interaction> findFirstByCounsellorAndDeletedFalseAndQuickFalseOrderByCreatedAtDescIdDesc(
            String counsellor);
}
