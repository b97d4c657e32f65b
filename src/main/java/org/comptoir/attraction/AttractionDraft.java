package org.comptoir.attraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An attraction as the edit form, the starter set and the imports hand it to the service: a new one
 * when {@code id} is null.
 */
public record AttractionDraft(
        @Nullable Long id,
        long version,
        @Nullable String slug,
        String nameFr,
        String nameEn,
        @Nullable String descriptionFr,
        @Nullable String descriptionEn,
        AttractionCategory category,
        Set<Long> interestIds,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String commune,
        double latitude,
        double longitude,
        @Nullable Integer driveMinutes,
        @Nullable Integer visitMinutes,
        @Nullable PriceLevel priceLevel,
        Set<Month> monthsOpen,
        Set<DayOfWeek> closedDays,
        @Nullable String openingNotesFr,
        @Nullable String openingNotesEn,
        boolean familyFriendly,
        @Nullable Integer minAge,
        boolean accessible,
        boolean indoor,
        boolean dogsAllowed,
        Set<String> languages,
        Set<String> labels,
        @Nullable String website,
        @Nullable String phone,
        AttractionSource source,
        @Nullable String sourceUri,
        @Nullable LocalDate sourceDate,
        boolean active) {

    public AttractionDraft {
        interestIds = Set.copyOf(interestIds);
        monthsOpen = Set.copyOf(monthsOpen);
        closedDays = Set.copyOf(closedDays);
        languages = Set.copyOf(languages);
        labels = Set.copyOf(labels);
    }
}
