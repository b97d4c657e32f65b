package org.comptoir.followup;

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

/** A step in a follow-up's history. Never personal data: the detail names users, dates and mail kinds. */
@Entity
@Table(name = "follow_up_event")
class FollowUpEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "follow_up_id", nullable = false)
    private long followUpId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "by_user", nullable = false)
    private String byUser = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpAction action = FollowUpAction.CREATED;

    private @Nullable String detail;

    protected FollowUpEvent() {}

    FollowUpEvent(long followUpId, Instant at, String byUser, FollowUpAction action, @Nullable String detail) {
        this.followUpId = followUpId;
        this.at = at;
        this.byUser = byUser;
        this.action = action;
        this.detail = detail;
    }

    FollowUpHistoryEntry entry() {
        return new FollowUpHistoryEntry(at, byUser, action, detail);
    }
}
