package org.comptoir.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A visitor's contact details and what they consented to, as the follow-up view shows them. */
public record ContactDetails(
        long id,
        long version,
        long interactionId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        boolean consentReply,
        boolean consentNewsletter,
        String consentWordingVersion,
        Instant consentedAt,
        String consentedBy) {

    /**
     * Never the personal data: records print themselves in logs and exception messages.
     */
    @Override
    public String toString() {
        return "ContactDetails[id=" + id + ", interactionId=" + interactionId + "]";
    }
}
