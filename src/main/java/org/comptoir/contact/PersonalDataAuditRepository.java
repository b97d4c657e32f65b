package org.comptoir.contact;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataAuditRepository extends JpaRepository<PersonalDataAudit, Long> {

    long countByContactIdAndAction(long contactId, String action);
}
