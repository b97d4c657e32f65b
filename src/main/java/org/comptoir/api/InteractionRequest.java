package org.comptoir.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.InteractionProfile;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/interactions}: the desk form's fields, each optional as at the desk. What is left out is
 * what the empty form holds: now, the token's desk, at the desk, one adult. {@code occurredAt} is the office's
 * wall-clock time.
 */
record InteractionRequest(
        @Nullable LocalDateTime occurredAt,
        @Nullable Long deskId,
        @Nullable Channel channel,
        @Nullable Integer adults,
        @Nullable Integer children,
        @Nullable PartyType partyType,
        @Nullable VisitorType visitorType,
        @Nullable String country,
        @Nullable String departement,
        @Nullable ConversationLanguage language,
        @Nullable StayLength stayLength,
        @Nullable Accommodation accommodation,
        @Nullable Purpose purpose,
        @Nullable Set<Long> interestIds,
        @Nullable Set<Long> questionIds,
        @Nullable Set<Outcome> outcomes,
        @Nullable String note,
        @Nullable Boolean quick,
        @Nullable List<Long> pickIds) {

    /** The desk's draft of a new interaction; the desk is the token's unless the request names one. */
    InteractionDraft draft(long tokenDesk) {
        var profile = new InteractionProfile(
                adults == null ? 1 : adults,
                children == null ? 0 : children,
                partyType,
                visitorType,
                blankAsNull(country),
                blankAsNull(departement),
                language,
                stayLength,
                accommodation,
                purpose,
                interestIds == null ? Set.of() : interestIds,
                questionIds == null ? Set.of() : questionIds,
                outcomes == null ? Set.of() : outcomes);
        return new InteractionDraft(
                null,
                0,
                occurredAt,
                deskId == null ? tokenDesk : deskId,
                channel == null ? Channel.DESK : channel,
                profile,
                blankAsNull(note),
                quick != null && quick,
                pickIds == null ? List.of() : pickIds);
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
