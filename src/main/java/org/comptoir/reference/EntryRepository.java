package org.comptoir.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What every kept list's repository can do. */
@NoRepositoryBean
interface EntryRepository<T extends NamedEntry> extends JpaRepository<T, Long> {

    List<T> findAllByOrderBySortOrderAscIdAsc();

    List<T> findByActiveTrueOrderBySortOrderAscIdAsc();

    boolean existsByCode(String code);
}
