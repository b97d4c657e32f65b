package org.comptoir.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByInteractionIdOrderByIdAsc(long interactionId);
}
