package org.comptoir.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

    List<Office> findAllByOrderByNameAscIdAsc();

    boolean existsByNameAndIdNot(String name, long id);
}
