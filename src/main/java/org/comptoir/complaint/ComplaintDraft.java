package org.comptoir.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint or a suggestion as recorded. The contact fields are taken only when {@code consented} (the
 * wording of {@link org.comptoir.contact.Consent} was shown or read out).
 *
 * @param receivedOn  the day it reached the office; null: today
 * @param attractionId the partner of the attraction base it is about, if any
 * @param partnerName a partner named in words (an accommodation, a restaurant…), if not in the base
 * @param owner       who answers it; null: see {@link ComplaintService#record}
 */
public record ComplaintDraft(
        ComplaintKind kind,
        @Nullable LocalDate receivedOn,
        ComplaintChannel channel,
        ComplaintSubject subject,
        ComplaintCategory category,
        @Nullable Long attractionId,
        @Nullable String partnerName,
        @Nullable Long deskId,
        String description,
        boolean consented,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String owner) {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_PARTNER_NAME = 200;

    /** A complaint received today at the desk, with no contact details: the tests' and forms' starting point. */
    public static ComplaintDraft of(ComplaintKind kind, ComplaintCategory category, String description) {
        return new ComplaintDraft(
                kind,
                null,
                ComplaintChannel.DESK,
                category.subject(),
                category,
                null,
                null,
                null,
                description,
                false,
                null,
                null,
                null,
                null);
    }

    public ComplaintDraft receivedOn(@Nullable LocalDate day) {
        return new ComplaintDraft(
                kind,
                day,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                contactName,
                contactEmail,
                contactPhone,
                owner);
    }

    public ComplaintDraft withChannel(ComplaintChannel channel) {
        return new ComplaintDraft(
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                contactName,
                contactEmail,
                contactPhone,
                owner);
    }

    public ComplaintDraft aboutPartner(@Nullable Long attractionId, @Nullable String partnerName) {
        return new ComplaintDraft(
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                contactName,
                contactEmail,
                contactPhone,
                owner);
    }

    public ComplaintDraft atDesk(@Nullable Long deskId) {
        return new ComplaintDraft(
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                contactName,
                contactEmail,
                contactPhone,
                owner);
    }

    public ComplaintDraft withContact(
            boolean consented, @Nullable String name, @Nullable String email, @Nullable String phone) {
        return new ComplaintDraft(
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                name,
                email,
                phone,
                owner);
    }

    public ComplaintDraft ownedBy(@Nullable String owner) {
        return new ComplaintDraft(
                kind,
                receivedOn,
                channel,
                subject,
                category,
                attractionId,
                partnerName,
                deskId,
                description,
                consented,
                contactName,
                contactEmail,
                contactPhone,
                owner);
    }

    /** Never the description or the contact. */
    @Override
    public String toString() {
        return "ComplaintDraft[kind=" + kind + ", category=" + category + "]";
    }
}
