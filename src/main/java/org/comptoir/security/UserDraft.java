package org.comptoir.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the users form hands back: a new user when {@code id} is null (then {@code password} is
 * required), changes to an existing one otherwise.
 */
public record UserDraft(
        @Nullable Long id,
        long version,
        String username,
        String displayName,
        Set<String> roles,
        @Nullable Long deskId,
        @Nullable String password) {}
