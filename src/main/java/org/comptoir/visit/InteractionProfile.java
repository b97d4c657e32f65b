package org.comptoir.visit;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who the visitor is and what they came for: the party, where they come from and the language spoken, their
 * stay, their interests, what they asked and what the conversation led to. One value, so that the desk copies
 * it ("same as last") and changes one part of it without naming every field.
 */
public record InteractionProfile(
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
        Set<Outcome> outcomes) {

    public InteractionProfile {
        interestIds = Set.copyOf(interestIds);
        questionIds = Set.copyOf(questionIds);
        outcomes = Set.copyOf(outcomes);
    }

    /** One adult, nothing else known: the empty form. */
    public static InteractionProfile oneAdult() {
        return new InteractionProfile(
                1, 0, null, null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of());
    }

    public InteractionProfile withParty(int adults, int children) {
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

    public InteractionProfile withPartyType(@Nullable PartyType partyType) {
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

    public InteractionProfile withVisitorType(@Nullable VisitorType visitorType) {
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

    /** Where the visitor comes from: a country (ISO code) and, for France, a département. */
    public InteractionProfile withOrigin(@Nullable String country, @Nullable String departement) {
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

    public InteractionProfile withLanguage(@Nullable ConversationLanguage language) {
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

    /** The stay: how long, where the visitor sleeps, why they came. */
    public InteractionProfile withStay(
            @Nullable StayLength stayLength, @Nullable Accommodation accommodation, @Nullable Purpose purpose) {
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

    public InteractionProfile withInterestIds(Set<Long> interestIds) {
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

    public InteractionProfile withQuestionIds(Set<Long> questionIds) {
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

    public InteractionProfile withOutcomes(Set<Outcome> outcomes) {
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

    public int persons() {
        return adults + children;
    }
}
