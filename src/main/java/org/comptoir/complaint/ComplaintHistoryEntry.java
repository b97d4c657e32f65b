package org.comptoir.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a complaint's history. */
public record ComplaintHistoryEntry(
        Instant at,
        String byUser,
        ComplaintAction action,
        @Nullable String detail) {}
