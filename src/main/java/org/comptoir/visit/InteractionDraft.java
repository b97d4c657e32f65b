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
        InteractionProfile profile,
        @Nullable String note,
        boolean quick,
        List<Long> pickIds) {

    public static final int MAX_PARTY = 999;
    public static final int MAX_NOTE = 2000;

    public InteractionDraft {
        pickIds = List.copyOf(pickIds);
    }

    /** An empty form: one adult at the desk. */
    public static InteractionDraft blank() {
        return new InteractionDraft(
                null, 0, null, null, Channel.DESK, InteractionProfile.oneAdult(), null, false, List.of());
    }

    /** A quick count: a channel and one question, nothing else. */
    public static InteractionDraft quickCount(@Nullable Long deskId, Channel channel, long questionId) {
        return new InteractionDraft(
                null,
                0,
                null,
                deskId,
                channel,
                InteractionProfile.oneAdult().withQuestionIds(Set.of(questionId)),
                null,
                true,
                List.of());
    }

    /** The visitor's profile of this interaction as a new one ("same as last" for a group arriving together). */
    public InteractionDraft profileCopy() {
        return new InteractionDraft(
                null, 0, null, deskId, channel, profile.withOutcomes(Set.of()), null, false, List.of());
    }

    /** This draft at another desk. */
    public InteractionDraft withDeskId(@Nullable Long deskId) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public InteractionDraft withOccurredAt(@Nullable LocalDateTime occurredAt) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public InteractionDraft withChannel(Channel channel) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public InteractionDraft withProfile(InteractionProfile profile) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public InteractionDraft withNote(@Nullable String note) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public InteractionDraft withPickIds(List<Long> pickIds) {
        return new InteractionDraft(id, version, occurredAt, deskId, channel, profile, note, quick, pickIds);
    }

    public int persons() {
        return profile.persons();
    }
}
