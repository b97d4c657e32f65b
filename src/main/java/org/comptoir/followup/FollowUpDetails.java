package org.comptoir.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up as lists and the follow-up view show it.
 *
 * @param overdue open and due before today (at the office)
 */
public record FollowUpDetails(
        long id,
        long version,
        long interactionId,
        @Nullable Long contactId,
        FollowUpKind kind,
        LocalDate dueDate,
        String owner,
        FollowUpStatus status,
        @Nullable String note,
        boolean overdue,
        Instant createdAt,
        String createdBy) {

    /** Never the note: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
        return "FollowUpDetails[id=" + id + ", status=" + status + "]";
    }
}
