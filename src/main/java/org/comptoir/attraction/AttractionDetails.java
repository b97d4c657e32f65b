package org.comptoir.attraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a counsellor tells a visitor about an attraction.
 *
 * @param driveMinutes  given, or estimated when {@code driveEstimated}
 */
public record AttractionDetails(
        long id,
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
        int driveMinutes,
        boolean driveEstimated,
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

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** The description in the language asked, or in the other one when it is missing. */
    public @Nullable String description(Locale locale) {
        var english = "en".equals(locale.getLanguage());
        var wanted = english ? descriptionEn : descriptionFr;
        return wanted != null ? wanted : english ? descriptionFr : descriptionEn;
    }

    public @Nullable String openingNotes(Locale locale) {
        var english = "en".equals(locale.getLanguage());
        var wanted = english ? openingNotesEn : openingNotesFr;
        return wanted != null ? wanted : english ? openingNotesFr : openingNotesEn;
    }

    /** Open on that day: in an open month and not on a weekly closing day. */
    public boolean isOpenOn(LocalDate day) {
        return monthsOpen.contains(day.getMonth()) && !closedDays.contains(day.getDayOfWeek());
    }

    /**
     * The first day from {@code day} on, that day included, on which it is open; empty when the data
     * gives no open day at all (no open month, or closed every day of the week).
     */
    public Optional<LocalDate> nextOpening(LocalDate day) {
        // a year and a week reach every month and every weekday
        for (int i = 0; i <= 366 + 7; i++) {
            var candidate = day.plusDays(i);
            if (isOpenOn(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The draft to edit this attraction. */
    public AttractionDraft toDraft() {
        return new AttractionDraft(
                id,
                version,
                slug,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                category,
                interestIds,
                address,
                postalCode,
                commune,
                latitude,
                longitude,
                driveEstimated ? null : driveMinutes,
                visitMinutes,
                priceLevel,
                monthsOpen,
                closedDays,
                openingNotesFr,
                openingNotesEn,
                familyFriendly,
                minAge,
                accessible,
                indoor,
                dogsAllowed,
                languages,
                labels,
                website,
                phone,
                source,
                sourceUri,
                sourceDate,
                active);
    }
}
