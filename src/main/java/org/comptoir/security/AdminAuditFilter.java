package org.comptoir.security;

import org.jspecify.annotations.Nullable;

/** Which admin audit lines to list: of one kind, by one user, or all (null). */
public record AdminAuditFilter(
        @Nullable AdminAuditKind kind, @Nullable String by) {

    public static final AdminAuditFilter ALL = new AdminAuditFilter(null, null);
}
