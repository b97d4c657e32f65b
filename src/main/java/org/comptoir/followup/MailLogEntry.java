package org.comptoir.followup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail sent or tried for a follow-up, as the follow-up view lists it (without the address).
 *
 * @param error what went wrong, in words that name no person
 */
public record MailLogEntry(
        Instant at,
        String byUser,
        MailKind kind,
        String subject,
        boolean sent,
        @Nullable String error) {}
