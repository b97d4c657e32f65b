package org.comptoir.complaint;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A complaint or a suggestion as recorded. The contact fields are taken only when {@code consented} (the
 * wording of {@link org.comptoir.contact.Consent} was shown or read out).
 *
 * @param receivedOn   the day it reached the office; null: today
 * @param attractionId the partner of the attraction base it is about, if any
 * @param partnerName  a partner named in words (an accommodation, a restaurant…), if not in the base
 * @param owner        who answers it; null: see {@link ComplaintService#record}
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
        var draft = new Builder();
        draft.kind = kind;
        draft.subject = category.subject();
        draft.category = category;
        draft.description = description;
        return draft.build();
    }

    public ComplaintDraft receivedOn(@Nullable LocalDate day) {
        return with(draft -> draft.receivedOn = day);
    }

    public ComplaintDraft withChannel(ComplaintChannel channel) {
        return with(draft -> draft.channel = channel);
    }

    public ComplaintDraft aboutPartner(@Nullable Long attractionId, @Nullable String partnerName) {
        return with(draft -> {
            draft.attractionId = attractionId;
            draft.partnerName = partnerName;
        });
    }

    public ComplaintDraft atDesk(@Nullable Long deskId) {
        return with(draft -> draft.deskId = deskId);
    }

    public ComplaintDraft withContact(
            boolean consented, @Nullable String name, @Nullable String email, @Nullable String phone) {
        return with(draft -> {
            draft.consented = consented;
            draft.contactName = name;
            draft.contactEmail = email;
            draft.contactPhone = phone;
        });
    }

    public ComplaintDraft ownedBy(@Nullable String owner) {
        return with(draft -> draft.owner = owner);
    }

    private ComplaintDraft with(Consumer<Builder> change) {
        var draft = new Builder(this);
        change.accept(draft);
        return draft.build();
    }

    /** Never the description or the contact. */
    @Override
    public String toString() {
        return "ComplaintDraft[kind=" + kind + ", category=" + category + "]";
    }

    /** The draft's fields, changed one at a time by the {@code with…} methods. */
    private static final class Builder {
        ComplaintKind kind = ComplaintKind.COMPLAINT;

        @Nullable
        LocalDate receivedOn;

        ComplaintChannel channel = ComplaintChannel.DESK;
        ComplaintSubject subject = ComplaintSubject.OFFICE;
        ComplaintCategory category = ComplaintCategory.OFFICE_OTHER;

        @Nullable
        Long attractionId;

        @Nullable
        String partnerName;

        @Nullable
        Long deskId;

        String description = "";
        boolean consented;

        @Nullable
        String contactName;

        @Nullable
        String contactEmail;

        @Nullable
        String contactPhone;

        @Nullable
        String owner;

        Builder() {}

        Builder(ComplaintDraft draft) {
            kind = draft.kind;
            receivedOn = draft.receivedOn;
            channel = draft.channel;
            subject = draft.subject;
            category = draft.category;
            attractionId = draft.attractionId;
            partnerName = draft.partnerName;
            deskId = draft.deskId;
            description = draft.description;
            consented = draft.consented;
            contactName = draft.contactName;
            contactEmail = draft.contactEmail;
            contactPhone = draft.contactPhone;
            owner = draft.owner;
        }

        ComplaintDraft build() {
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
    }
}
