package org.comptoir.contact;

import org.comptoir.visit.InteractionPart;
import org.jspecify.annotations.Nullable;

/**
 * What the counsellor typed about a visitor who agreed to be contacted: saved for an interaction, or with
 * it at the desk.
 *
 * @param consentReply      the visitor agreed to be contacted about this request
 * @param consentNewsletter the visitor agreed to receive the newsletter
 */
public record ContactDraft(
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String postalCode,
        boolean consentReply,
        boolean consentNewsletter)
        implements InteractionPart {

    /** Whether any purpose was agreed to: without one, nothing personal may be kept. */
    public boolean consented() {
        return consentReply || consentNewsletter;
    }

    /** Never the personal data: records print themselves in logs and exception messages. */
    @Override
    public String toString() {
        return "ContactDraft[consentReply=" + consentReply + ", consentNewsletter=" + consentNewsletter + "]";
    }
}
