package org.comptoir.security;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as lists and forms show it: never the password hash.
 */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        Set<String> roles,
        @Nullable Long deskId,
        boolean enabled,
        Set<Long> officeIds) {

    static UserSummary of(AppUser user) {
        return new UserSummary(
                Objects.requireNonNull(user.getId()),
                user.getVersion(),
                user.getUsername(),
                user.getDisplayName(),
                Set.copyOf(user.getRoles()),
                user.getDeskId(),
                user.isEnabled(),
                Set.copyOf(user.getOfficeIds()));
    }
}
