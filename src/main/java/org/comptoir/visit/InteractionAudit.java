package org.comptoir.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who changed an interaction, when, and how: each changed field's value before → after.
 */
@Entity
@Table(name = "interaction_audit")
class InteractionAudit {

    enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "interaction_id", nullable = false)
    private long interactionId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "by_user", nullable = false, length = 60)
    private String byUser = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Action action = Action.CREATE;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String changes = "";

    protected InteractionAudit() {}

    InteractionAudit(long interactionId, Instant at, String byUser, Action action, String changes) {
        this.interactionId = interactionId;
        this.at = at;
        this.byUser = byUser;
        this.action = action;
        this.changes = changes;
    }

    AuditEntry entry() {
        return new AuditEntry(at, byUser, action.name(), changes);
    }
}
