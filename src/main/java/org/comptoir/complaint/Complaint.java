package org.comptoir.complaint;

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

/** A complaint or a suggestion of a visitor, from its receiving to its closing. */
@Entity
@Table(name = "complaint")
class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintKind kind = ComplaintKind.COMPLAINT;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintChannel channel = ComplaintChannel.DESK;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintSubject subject = ComplaintSubject.OFFICE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintCategory category = ComplaintCategory.OFFICE_OTHER;

    @Column(name = "attraction_id")
    private @Nullable Long attractionId;

    @Column(name = "partner_name")
    private @Nullable String partnerName;

    @Column(name = "desk_id")
    private @Nullable Long deskId;

    private @Nullable String description;

    @Column(name = "contact_name")
    private @Nullable String contactName;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    @Column(name = "consent_wording_version")
    private @Nullable String consentWordingVersion;

    @Column(name = "consented_at")
    private @Nullable Instant consentedAt;

    @Column(nullable = false)
    private String owner = "";

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(name = "acknowledged_on")
    private @Nullable LocalDate acknowledgedOn;

    @Column(name = "answered_on")
    private @Nullable LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_channel")
    private @Nullable ComplaintChannel answerChannel;

    private @Nullable String answer;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "personal_erased_at")
    private @Nullable Instant personalErasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    protected Complaint() {}

    /** A complaint as received; its contact details are set apart ({@link #setContact}), only with consent. */
    Complaint(ComplaintDraft draft, String description, String owner, LocalDate dueDate, Instant now, String by) {
        this.kind = draft.kind();
        this.receivedOn = Objects.requireNonNull(draft.receivedOn());
        this.channel = draft.channel();
        this.subject = draft.category().subject();
        this.category = draft.category();
        this.attractionId = draft.attractionId();
        this.partnerName = draft.partnerName();
        this.deskId = draft.deskId();
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdAt = now;
        this.createdBy = by;
        touch(now, by);
    }

    void setContact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            String wordingVersion,
            Instant consentedAt) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
        this.consentWordingVersion = wordingVersion;
        this.consentedAt = consentedAt;
    }

    long getId() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long getVersion() {
        return version;
    }

    ComplaintStatus getStatus() {
        return status;
    }

    String getOwner() {
        return owner;
    }

    @Nullable
    Long getDeskId() {
        return deskId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    ComplaintKind getKind() {
        return kind;
    }

    @Nullable
    String getContactEmail() {
        return contactEmail;
    }

    boolean hasContact() {
        return contactEmail != null || contactPhone != null;
    }

    void acknowledge(LocalDate today, Instant now, String by) {
        this.status = ComplaintStatus.ACKNOWLEDGED;
        this.acknowledgedOn = today;
        touch(now, by);
    }

    void answer(String answer, ComplaintChannel channel, LocalDate today, Instant now, String by) {
        this.status = ComplaintStatus.ANSWERED;
        this.answer = answer;
        this.answerChannel = channel;
        this.answeredOn = today;
        touch(now, by);
    }

    void close(LocalDate today, Instant now, String by) {
        this.status = ComplaintStatus.CLOSED;
        this.closedOn = today;
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

    /** The steps of a complaint of the past, as they happened (the demo history). */
    void past(
            @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate answeredOn,
            @Nullable ComplaintChannel answerChannel,
            @Nullable String answer,
            @Nullable LocalDate closedOn) {
        this.acknowledgedOn = acknowledgedOn;
        this.answeredOn = answeredOn;
        this.answerChannel = answerChannel;
        this.answer = answer;
        this.closedOn = closedOn;
        this.status = closedOn != null
                ? ComplaintStatus.CLOSED
                : answeredOn != null
                        ? ComplaintStatus.ANSWERED
                        : acknowledgedOn != null ? ComplaintStatus.ACKNOWLEDGED : ComplaintStatus.RECEIVED;
    }

    ComplaintDetails details(LocalDate today) {
        return new ComplaintDetails(
                getId(),
                version,
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                contactName,
                contactEmail,
                contactPhone,
                consentWordingVersion,
                consentedAt,
                owner,
                dueDate,
                status,
                status.awaitingAnswer() && dueDate.isBefore(today),
                acknowledgedOn,
                answeredOn,
                answerChannel,
                answer,
                closedOn,
                personalErasedAt != null,
                createdAt,
                createdBy);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Complaint that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Complaint.class.hashCode();
    }

    @Override
    public String toString() {
        return "Complaint[id=" + id + "]";
    }
}
