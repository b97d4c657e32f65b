package org.comptoir.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u
            where :filter = '' or lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.displayName) like lower(concat('%', :filter, '%'))
            """)
    Slice<AppUser> search(String filter, Pageable pageable);
}
