package org.comptoir.attraction.datatourisme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

    List<ImportMapping> findAllByOrderByPriorityDescSourceTermAsc();

    Optional<ImportMapping> findBySourceTerm(String sourceTerm);
}
