package org.comptoir.attraction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttractionRepository extends JpaRepository<Attraction, Long> {

    List<Attraction> findByActiveTrue();

    Optional<Attraction> findBySourceUri(String sourceUri);

    List<Attraction> findBySourceUriIn(Collection<String> sourceUris);

    boolean existsBySlug(String slug);
}
