package org.comptoir.security;

/** What an admin audit line is about. Stored by name: rename none. */
public enum AdminAuditKind {
    USER,
    LIST_ITEM,
    ATTRACTION,
    IMPORT,
    MAPPING_RULE,
    HISTORY_EXPORT,
    /** An API token created or revoked, or a request refused for its token (unknown, expired, revoked, scope). */
    API_TOKEN,
    /** Past years' counts imported or undone (issue 18). */
    PAST_COUNTS,
    /** An office created or renamed, a desk moved to an office, a user's offices changed (issue 16). */
    OFFICE
}
