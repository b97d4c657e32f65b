package org.comptoir.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the admin audit: who changed what, when, and how ("field: old → new"). */
public record AdminAuditEntry(
        long id,
        Instant at,
        String by,
        AdminAuditKind kind,
        @Nullable String targetId,
        String summary) {}
