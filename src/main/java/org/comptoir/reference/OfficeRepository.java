package org.comptoir.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

    List<Office> findAllByOrderByNameAscIdAsc();

    Optional<Office> findFirstByOrderByIdAsc();

    boolean existsByNameAndIdNot(String name, long id);
}
