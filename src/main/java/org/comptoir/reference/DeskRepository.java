package org.comptoir.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeskRepository extends JpaRepository<Desk, Long> {

    List<Desk> findByActiveTrueOrderBySortOrderAscIdAsc();
}
