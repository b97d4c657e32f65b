package org.comptoir.followup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a follow-up's history. */
public record FollowUpHistoryEntry(
        Instant at,
        String byUser,
        FollowUpAction action,
        @Nullable String detail) {}
