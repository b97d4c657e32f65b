package org.comptoir.personaldata;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a rights request shows it, with the date and desk of the interaction where the visitor
 * consented ({@code interactionAt} is the office's wall-clock time).
 */
public record PersonalContact(
        long id,
        long interactionId,
        LocalDateTime interactionAt,
        long deskId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        boolean consentReply,
        boolean consentNewsletter,
        Instant consentedAt,
        String consentedBy,
        @Nullable Instant newsletterWithdrawnAt) {}
