package org.comptoir.security;

/** What an admin audit line is about. Stored by name: rename none. */
public enum AdminAuditKind {
    USER,
    LIST_ITEM,
    ATTRACTION,
    IMPORT,
    MAPPING_RULE,
    HISTORY_EXPORT,
    PAST_COUNTS
}
