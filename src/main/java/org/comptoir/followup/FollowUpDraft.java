package org.comptoir.followup;

import java.time.LocalDate;
import org.comptoir.visit.InteractionPart;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up to create for a saved interaction, or with it at the desk (then tied to the contact details
 * saved with it, if any).
 *
 * @param dueDate   when it is due; the next working day when null
 * @param owner     who does it; the person signed in when null
 * @param note      what was asked (may name the person: erased with the contact)
 */
public record FollowUpDraft(
        FollowUpKind kind,
        @Nullable LocalDate dueDate,
        @Nullable String owner,
        @Nullable String note) implements InteractionPart {

    public static final int MAX_NOTE = 2000;

    /** Never the note: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
        return "FollowUpDraft[kind=" + kind + ", dueDate=" + dueDate + "]";
    }
}
