package org.comptoir.reference;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeskRepository extends EntryRepository<Desk> {

    @Query("select d.id from Desk d where d.officeId in :offices")
    List<Long> idsOfOffices(@Param("offices") Collection<Long> offices);

    List<Desk> findByOfficeIdOrderBySortOrderAscIdAsc(long officeId);
}
