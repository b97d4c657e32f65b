package org.comptoir.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A place where counsellors meet visitors: the main office, a summit kiosk, a seasonal desk. It belongs to one
 * office of the network (decision 0030).
 */
@Entity
@Table(name = "desk")
class Desk extends NamedEntry {

    /** Null only until a new desk is first saved: the service then gives it an office. */
    @Column(name = "office_id", nullable = false)
    private @Nullable Long officeId;

    @Nullable
    Long getOfficeId() {
        return officeId;
    }

    void setOfficeId(long officeId) {
        this.officeId = officeId;
    }
}
