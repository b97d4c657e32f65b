package org.comptoir.personaldata;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follow-up that concerns the person found: linked to their contact, or to its interaction without a contact. */
public record PersonalFollowUp(
        long id,
        long interactionId,
        @Nullable Long contactId,
        String kind,
        LocalDate dueDate,
        String status,
        String owner,
        @Nullable String note) {}
