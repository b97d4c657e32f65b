package org.comptoir.attraction.datatourisme;

import org.jspecify.annotations.Nullable;

/**
 * A point of the feed that probably duplicates an attraction: not imported until the admin decides;
 * the next run applies the decision.
 */
public record FeedReview(
        String sourceUri,
        String name,
        long attractionId,
        String attractionName,
        int meters,
        boolean sameWebsite,
        @Nullable DuplicateChoice decision) {}
