package org.comptoir.visit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A saved interaction, as lists and the edit form show it.
 */
public record InteractionDetails(
        long id,
        long version,
        LocalDateTime occurredAt,
        long deskId,
        String counsellor,
        Channel channel,
        int adults,
        int children,
        @Nullable PartyType partyType,
        @Nullable VisitorType visitorType,
        @Nullable String country,
        @Nullable String departement,
        @Nullable ConversationLanguage language,
        @Nullable StayLength stayLength,
        @Nullable Accommodation accommodation,
        @Nullable Purpose purpose,
        Set<Long> interestIds,
        Set<Long> questionIds,
        Set<Outcome> outcomes,
        @Nullable String note,
        boolean quick,
        String updatedBy,
        Instant updatedAt,
        List<Long> pickIds) {

    public int persons() {
        return adults + children;
    }

    /** Who the visitor was and what they came for. */
    public InteractionProfile profile() {
        return new InteractionProfile(
                adults,
                children,
                partyType,
                visitorType,
                country,
                departement,
                language,
                stayLength,
                accommodation,
                purpose,
                interestIds,
                questionIds,
                outcomes);
    }

    /** This interaction as a draft to edit. */
    public InteractionDraft toDraft() {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile(), note, quick, pickIds);
    }
}
