package org.comptoir.complaint;

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
 * A step in a complaint's history. The detail names users, dates, statuses and mail kinds; only the reason of a
 * closing without answer is typed, and it goes with the retention.
 */
@Entity
@Table(name = "complaint_event")
class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "by_user", nullable = false)
    private String byUser = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintAction action = ComplaintAction.RECORDED;

    private @Nullable String detail;

    protected ComplaintEvent() {}

    ComplaintEvent(long complaintId, Instant at, String byUser, ComplaintAction action, @Nullable String detail) {
        this.complaintId = complaintId;
        this.at = at;
        this.byUser = byUser;
        this.action = action;
        this.detail = detail;
    }

    ComplaintHistoryEntry entry() {
        return new ComplaintHistoryEntry(at, byUser, action, detail);
    }
}
