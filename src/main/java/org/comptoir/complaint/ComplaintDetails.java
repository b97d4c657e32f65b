package org.comptoir.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the register shows it. The description, the answer and the contact fields are null once the
 * retention erased them ({@code personalDataErased}).
 *
 * @param overdue still awaiting its answer and due before today (at the office)
 */
public record ComplaintDetails(
        long id,
        long version,
        ComplaintKind kind,
        LocalDate receivedOn,
        ComplaintChannel channel,
        ComplaintSubject subject,
        ComplaintCategory category,
        @Nullable Long attractionId,
        @Nullable String partnerName,
        @Nullable Long deskId,
        @Nullable String description,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String consentWordingVersion,
        @Nullable Instant consentedAt,
        String owner,
        LocalDate dueDate,
        ComplaintStatus status,
        boolean overdue,
        @Nullable LocalDate acknowledgedOn,
        @Nullable LocalDate answeredOn,
        @Nullable ComplaintChannel answerChannel,
        @Nullable String answer,
        @Nullable LocalDate closedOn,
        boolean personalDataErased,
        Instant createdAt,
        String createdBy) {

    /** Whether the visitor left a way to be answered (with their consent). */
    public boolean hasContact() {
        return contactEmail != null || contactPhone != null;
    }

    /** Never the description, the answer or the contact: records print themselves in logs and exceptions. */
    @Override
    public String toString() {
        return "ComplaintDetails[id=" + id + ", status=" + status + "]";
    }
}
