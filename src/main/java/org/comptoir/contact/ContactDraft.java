package org.comptoir.contact;

import org.jspecify.annotations.Nullable;

/**
 * What the counsellor typed about a visitor who agreed to be contacted, for a saved interaction.
 *
 * @param consentReply      the visitor agreed to be contacted about this request
 * @param consentNewsletter the visitor agreed to receive the newsletter
 */
public record ContactDraft(
        long interactionId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        boolean consentReply,
        boolean consentNewsletter) {

    /** Whether any purpose was agreed to: without one, nothing personal may be kept. */
    public boolean consented() {
        return consentReply || consentNewsletter;
    }

    /** Never the personal data: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
        return "ContactDraft[interactionId=" + interactionId + "]";
    }
}
