package org.comptoir.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up to create for a saved interaction.
 *
 * @param contactId the visitor's contact details, when they agreed to give them
 * @param dueDate   when it is due; the next working day when null
 * @param owner     who does it; the person signed in when null
 * @param note      what was asked (may name the person: erased with the contact)
 */
public record FollowUpDraft(
        long interactionId,
        @Nullable Long contactId,
        FollowUpKind kind,
        @Nullable LocalDate dueDate,
        @Nullable String owner,
        @Nullable String note) {

    public static final int MAX_NOTE = 2000;

    /** Never the note: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
        return "FollowUpDraft[interactionId=" + interactionId + ", kind=" + kind + "]";
    }
}
