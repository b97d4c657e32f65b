package org.comptoir.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something promised to a visitor: send documentation, call back, answer an e-mail. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "interaction_id", nullable = false)
    private long interactionId;

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpKind kind = FollowUpKind.SEND_DOCUMENTATION;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Column(nullable = false)
    private String owner = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    protected FollowUp() {}

    FollowUp(
            long interactionId,
            @Nullable Long contactId,
            FollowUpKind kind,
            LocalDate dueDate,
            String owner,
            @Nullable String note,
            Instant now,
            String by) {
        this.interactionId = interactionId;
        this.contactId = contactId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.owner = owner;
        this.note = note;
        this.createdAt = now;
        this.createdBy = by;
        touch(now, by);
    }

    long getId() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long getVersion() {
        return version;
    }

    long getInteractionId() {
        return interactionId;
    }

    @Nullable
    Long getContactId() {
        return contactId;
    }

    String getOwner() {
        return owner;
    }

    FollowUpStatus getStatus() {
        return status;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    FollowUpKind getKind() {
        return kind;
    }

    void setStatus(FollowUpStatus status, Instant now, String by) {
        this.status = status;
        touch(now, by);
    }

    void setOwner(String owner, Instant now, String by) {
        this.owner = owner;
        touch(now, by);
    }

    void setDueDate(LocalDate dueDate, Instant now, String by) {
        this.dueDate = dueDate;
        touch(now, by);
    }

    /** Marks a change even when no column changed (a mail was sent), so that concurrent edits conflict. */
    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    FollowUpDetails details(LocalDate today) {
        return new FollowUpDetails(
                getId(),
                version,
                interactionId,
                contactId,
                kind,
                dueDate,
                owner,
                status,
                note,
                status == FollowUpStatus.OPEN && dueDate.isBefore(today),
                createdAt,
                createdBy);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FollowUp that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return FollowUp.class.hashCode();
    }

    @Override
    public String toString() {
        return "FollowUp[id=" + id + "]";
    }
}
