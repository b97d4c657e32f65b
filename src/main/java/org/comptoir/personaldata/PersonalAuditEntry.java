package org.comptoir.personaldata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the personal-data audit: who did what to which contact (by id only), and when. */
public record PersonalAuditEntry(
        Instant at,
        String by,
        String action,
        @Nullable Long contactId,
        @Nullable String detail) {

    public static final String VIEW = "VIEW";
    public static final String EXPORT_JSON = "EXPORT_JSON";
    public static final String EXPORT_CSV = "EXPORT_CSV";
    public static final String ERASE = "ERASE";
    public static final String RETENTION_ERASE = "RETENTION_ERASE";
    /** The interaction the contact was given at was deleted: its data goes with it (the newsletter's stays). */
    public static final String INTERACTION_DELETED = "INTERACTION_DELETED";

    public static final String RETENTION_REDUCE = "RETENTION_REDUCE";
    public static final String NEWSLETTER_EXPORT = "NEWSLETTER_EXPORT";
    public static final String NEWSLETTER_WITHDRAW = "NEWSLETTER_WITHDRAW";
}
