package org.comptoir.reference;

import java.util.List;

interface DeskRepository extends EntryRepository<Desk> {

    List<Desk> findByOfficeIdOrderBySortOrderAscIdAsc(long officeId);
}
