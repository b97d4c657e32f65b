package org.comptoir.visit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.jspecify.annotations.Nullable;

/**
 * Interactions for tests, named field by field: {@code Interactions.draft().country("NL").adults(2).build()}.
 * What is not named is what the empty desk form holds: one adult at the desk, now, at the counsellor's desk.
 */
public final class Interactions {

    private Interactions() {}

    /** A new interaction's draft, as the empty desk form holds it. */
    public static Builder draft() {
        return new Builder();
    }

    /** A phone call, saved by the person signed in, with the first {@code picks} active attractions picked. */
    public static InteractionDetails phoneCall(
            VisitService visits, AttractionService attractions, ConversationLanguage language, int picks) {
        var pickIds = attractions.active().stream()
                .limit(picks)
                .map(AttractionDetails::id)
                .toList();
        return visits.save(draft().channel(Channel.PHONE)
                .adults(2)
                .country("DE")
                .language(language)
                .pickIds(pickIds)
                .build());
    }

    /** The names of the picked attractions in a language, as the sheet prints them. */
    public static List<String> pickNames(AttractionService attractions, InteractionDetails interaction, Locale locale) {
        return interaction.pickIds().stream()
                .map(id -> attractions.find(id).orElseThrow().name(locale))
                .toList();
    }

    /** Fills an {@link InteractionDraft} one named field at a time. */
    public static final class Builder {

        private @Nullable Long id;
        private long version;
        private @Nullable LocalDateTime occurredAt;
        private @Nullable Long deskId;
        private Channel channel = Channel.DESK;
        private InteractionProfile profile = InteractionProfile.oneAdult();
        private @Nullable String note;
        private boolean quick;
        private List<Long> pickIds = List.of();

        private Builder() {}

        public Builder id(@Nullable Long id) {
            this.id = id;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder occurredAt(@Nullable LocalDateTime occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder deskId(@Nullable Long deskId) {
            this.deskId = deskId;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder adults(int adults) {
            profile = profile.withParty(adults, profile.children());
            return this;
        }

        public Builder children(int children) {
            profile = profile.withParty(profile.adults(), children);
            return this;
        }

        public Builder partyType(@Nullable PartyType partyType) {
            profile = profile.withPartyType(partyType);
            return this;
        }

        public Builder visitorType(@Nullable VisitorType visitorType) {
            profile = profile.withVisitorType(visitorType);
            return this;
        }

        public Builder country(@Nullable String country) {
            profile = profile.withOrigin(country, profile.departement());
            return this;
        }

        public Builder departement(@Nullable String departement) {
            profile = profile.withOrigin(profile.country(), departement);
            return this;
        }

        public Builder language(@Nullable ConversationLanguage language) {
            profile = profile.withLanguage(language);
            return this;
        }

        public Builder stayLength(@Nullable StayLength stayLength) {
            profile = profile.withStay(stayLength, profile.accommodation(), profile.purpose());
            return this;
        }

        public Builder accommodation(@Nullable Accommodation accommodation) {
            profile = profile.withStay(profile.stayLength(), accommodation, profile.purpose());
            return this;
        }

        public Builder purpose(@Nullable Purpose purpose) {
            profile = profile.withStay(profile.stayLength(), profile.accommodation(), purpose);
            return this;
        }

        public Builder interestIds(Set<Long> interestIds) {
            profile = profile.withInterestIds(interestIds);
            return this;
        }

        public Builder questionIds(Set<Long> questionIds) {
            profile = profile.withQuestionIds(questionIds);
            return this;
        }

        public Builder outcomes(Set<Outcome> outcomes) {
            profile = profile.withOutcomes(outcomes);
            return this;
        }

        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        public Builder quick(boolean quick) {
            this.quick = quick;
            return this;
        }

        public Builder pickIds(List<Long> pickIds) {
            this.pickIds = pickIds;
            return this;
        }

        public InteractionDraft build() {
            return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
        }
    }
}
