package org.comptoir.api;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A token an admin asks for: a name saying which tool uses it, its scopes, the desk its interactions count
 * at, how many requests a minute it may send, and the last day it works (none: until revoked).
 */
public record ApiTokenDraft(
        String name,
        Set<ApiScope> scopes,
        long deskId,
        int perMinute,
        @Nullable LocalDate expiresOn) {

    public static final int MAX_NAME = 50;
    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int MAX_PER_MINUTE = 1_000_000;

    public ApiTokenDraft {
        scopes = Set.copyOf(scopes);
    }
}
