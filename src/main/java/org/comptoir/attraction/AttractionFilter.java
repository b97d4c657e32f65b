package org.comptoir.attraction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the attraction list shows: a search text (names, commune, labels; no case, no accents) and
 * optional filters. Retired attractions only for admins who ask.
 */
public record AttractionFilter(
        String text,
        @Nullable AttractionCategory category,
        @Nullable Long interestId,
        boolean familyFriendly,
        boolean accessible,
        boolean dogsAllowed,
        boolean indoor,
        @Nullable LocalDate openOn,
        @Nullable Integer maxDriveMinutes,
        boolean includeRetired) {

    public static AttractionFilter all() {
        return text("");
    }

    public static AttractionFilter text(String text) {
        return new AttractionFilter(text, null, null, false, false, false, false, null, null, false);
    }
}
