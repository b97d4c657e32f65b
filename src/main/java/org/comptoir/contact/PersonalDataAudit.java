package org.comptoir.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who looked at, recorded or changed personal data, and when. Names the contact by id only. */
@Entity
@Table(name = "personal_data_audit")
class PersonalDataAudit {

    /** What was done with the personal data. */
    enum Action {
        CREATE,
        VIEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "by_user", nullable = false)
    private String byUser = "";

    @Column(nullable = false)
    private String action = "";

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    private @Nullable String detail;

    protected PersonalDataAudit() {}

    PersonalDataAudit(Instant at, String byUser, Action action, long contactId, @Nullable String detail) {
        this.at = at;
        this.byUser = byUser;
        this.action = action.name();
        this.contactId = contactId;
        this.detail = detail;
    }
}
