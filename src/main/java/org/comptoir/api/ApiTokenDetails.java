package org.comptoir.api;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A token as Admin › API lists it: never its secret. */
public record ApiTokenDetails(
        long id,
        String name,
        Set<ApiScope> scopes,
        long deskId,
        int perMinute,
        Instant createdAt,
        String createdBy,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable Instant lastUsedAt) {

    public ApiTokenDetails {
        scopes = Set.copyOf(scopes);
    }

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
    }

    /** The name its interactions and audit lines carry: "api:" and the token's name. */
    public String principalName() {
        return ApiCaller.PREFIX + name;
    }
}
