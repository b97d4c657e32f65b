package org.comptoir.visit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the desk form hands to the service: a new interaction when {@code id} is null, changes to one
 * otherwise. {@code occurredAt} null means now; {@code deskId} null means the counsellor's desk.
 */
public record InteractionDraft(
        @Nullable Long id,
        long version,
        @Nullable LocalDateTime occurredAt,
        @Nullable Long deskId,
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
        List<Long> pickIds) {

    public static final int MAX_PARTY = 999;
    public static final int MAX_NOTE = 2000;

    public InteractionDraft {
        interestIds = Set.copyOf(interestIds);
        questionIds = Set.copyOf(questionIds);
        outcomes = Set.copyOf(outcomes);
        pickIds = List.copyOf(pickIds);
    }

    /** A draft without suggestions picked. */
    public InteractionDraft(@Nullable Long id, long version, @Nullable LocalDateTime occurredAt, @Nullable Long deskId,
                            Channel channel, int adults, int children, @Nullable PartyType partyType,
                            @Nullable VisitorType visitorType, @Nullable String country, @Nullable String departement,
                            @Nullable ConversationLanguage language, @Nullable StayLength stayLength,
                            @Nullable Accommodation accommodation, @Nullable Purpose purpose, Set<Long> interestIds,
                            Set<Long> questionIds, Set<Outcome> outcomes, @Nullable String note, boolean quick) {
        this(id, version, occurredAt, deskId, channel, adults, children, partyType, visitorType, country, departement,
                language, stayLength, accommodation, purpose, interestIds, questionIds, outcomes, note, quick,
                List.of());
    }

    /** An empty form: one adult at the desk. */
    public static InteractionDraft blank() {
        return new InteractionDraft(null, 0, null, null, Channel.DESK, 1, 0, null, null, null, null, null, null,
                null, null, Set.of(), Set.of(), Set.of(), null, false);
    }

    /** A quick count: a channel and one question, nothing else. */
    public static InteractionDraft quickCount(@Nullable Long deskId, Channel channel, long questionId) {
        return new InteractionDraft(null, 0, null, deskId, channel, 1, 0, null, null, null, null, null, null, null,
                null, Set.of(), Set.of(questionId), Set.of(), null, true);
    }

    /** The visitor's profile of this interaction as a new one ("same as last" for a group arriving together). */
    public InteractionDraft profileCopy() {
        return new InteractionDraft(null, 0, null, deskId, channel, adults, children, partyType, visitorType, country,
                departement, language, stayLength, accommodation, purpose, interestIds, questionIds, Set.of(), null,
                false);
    }

    /** The same draft dated otherwise (null: now). */
    public InteractionDraft withOccurredAt(@Nullable LocalDateTime at) {
        return new InteractionDraft(id, version, at, deskId, channel, adults, children, partyType, visitorType, country,
                departement, language, stayLength, accommodation, purpose, interestIds, questionIds, outcomes, note, quick,
                pickIds);
    }

    /** The same draft with another note. */
    public InteractionDraft withNote(@Nullable String text) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, adults, children, partyType, visitorType,
                country, departement, language, stayLength, accommodation, purpose, interestIds, questionIds, outcomes,
                text, quick, pickIds);
    }

    /** The same draft with these suggestions picked. */
    public InteractionDraft withPicks(List<Long> picks) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, adults, children, partyType, visitorType,
                country, departement, language, stayLength, accommodation, purpose, interestIds, questionIds, outcomes,
                note, quick, picks);
    }

    public int persons() {
        return adults + children;
    }
}
