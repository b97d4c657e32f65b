package org.comptoir.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A visitor who agreed to be contacted, attached to the interaction where they agreed. */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "interaction_id", nullable = false)
    private long interactionId;

    private @Nullable String name;
    private @Nullable String email;

    @Column(name = "email_key")
    private @Nullable String emailKey;

    private @Nullable String phone;

    @Column(name = "phone_key")
    private @Nullable String phoneKey;

    @Column(name = "postal_code")
    private @Nullable String postalCode;

    @Column(name = "consent_reply", nullable = false)
    private boolean consentReply;

    @Column(name = "consent_newsletter", nullable = false)
    private boolean consentNewsletter;

    @Column(name = "consent_wording_version", nullable = false)
    private String consentWordingVersion = "";

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt = Instant.EPOCH;

    @Column(name = "consented_by", nullable = false)
    private String consentedBy = "";

    @Column(name = "newsletter_withdrawn_at")
    private @Nullable Instant newsletterWithdrawnAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    protected Contact() {}

    /** A new contact for an interaction, consented now by the visitor, recorded by {@code by}. */
    Contact(long interactionId, ContactDraft draft, String wordingVersion, Instant now, String by) {
        this.interactionId = interactionId;
        this.name = ContactRules.blankToNull(draft.name());
        this.email = ContactRules.blankToNull(draft.email());
        this.emailKey = PersonalKeys.emailKey(draft.email());
        this.phone = ContactRules.blankToNull(draft.phone());
        this.phoneKey = PersonalKeys.phoneKey(draft.phone());
        this.postalCode = ContactRules.blankToNull(draft.postalCode());
        this.consentReply = draft.consentReply();
        this.consentNewsletter = draft.consentNewsletter();
        this.consentWordingVersion = wordingVersion;
        this.consentedAt = now;
        this.consentedBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    long getId() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long getInteractionId() {
        return interactionId;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    boolean isConsentReply() {
        return consentReply;
    }

    ContactDetails details() {
        return new ContactDetails(
                getId(),
                version,
                interactionId,
                name,
                email,
                phone,
                postalCode,
                consentReply,
                consentNewsletter,
                consentWordingVersion,
                consentedAt,
                consentedBy);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Contact that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Contact.class.hashCode();
    }

    @Override
    public String toString() {
        return "Contact[id=" + id + "]";
    }
}
