package org.comptoir.suggestion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;

/** Attractions made up for the engine's tests, changed one property at a time. */
final class Attractions {

    private Attractions() {}

    static AttractionDetails attraction(
            long id, AttractionCategory category, Set<Long> interests, int drive, int visit) {
        return new AttractionDetails(
                id,
                0,
                null,
                "A" + id,
                "A" + id,
                null,
                null,
                category,
                interests,
                null,
                null,
                null,
                45.7,
                3.0,
                drive,
                false,
                visit,
                PriceLevel.FREE,
                EnumSet.allOf(Month.class),
                Set.of(),
                null,
                null,
                false,
                null,
                false,
                false,
                false,
                Set.of("fr"),
                Set.of(),
                null,
                null,
                AttractionSource.MANUAL,
                null,
                null,
                true);
    }

    static AttractionDetails with(AttractionDetails a, UnaryOperator<Builder> change) {
        return change.apply(new Builder(a)).build();
    }

    /** A copy with some properties changed. */
    static final class Builder {
        AttractionDetails a;
        Set<Long> interests;
        boolean family;
        Integer minAge;
        boolean accessible;
        boolean indoor;
        boolean active;
        Set<Month> months;
        Set<DayOfWeek> closed;
        Set<String> languages;

        Builder(AttractionDetails a) {
            this.a = a;
            interests = a.interestIds();
            family = a.familyFriendly();
            minAge = a.minAge();
            accessible = a.accessible();
            indoor = a.indoor();
            active = a.active();
            months = a.monthsOpen();
            closed = a.closedDays();
            languages = a.languages();
        }

        Builder interests(Set<Long> value) {
            interests = value;
            return this;
        }

        Builder family(Integer age) {
            family = true;
            minAge = age;
            return this;
        }

        Builder accessible() {
            accessible = true;
            return this;
        }

        Builder indoor() {
            indoor = true;
            return this;
        }

        Builder retired() {
            active = false;
            return this;
        }

        Builder months(Set<Month> value) {
            months = value;
            return this;
        }

        Builder closed(Set<DayOfWeek> value) {
            closed = value;
            return this;
        }

        Builder languages(Set<String> value) {
            languages = value;
            return this;
        }

        AttractionDetails build() {
            return new AttractionDetails(
                    a.id(),
                    a.version(),
                    a.slug(),
                    a.nameFr(),
                    a.nameEn(),
                    a.descriptionFr(),
                    a.descriptionEn(),
                    a.category(),
                    interests,
                    a.address(),
                    a.postalCode(),
                    a.commune(),
                    a.latitude(),
                    a.longitude(),
                    a.driveMinutes(),
                    a.driveEstimated(),
                    a.visitMinutes(),
                    a.priceLevel(),
                    months,
                    closed,
                    a.openingNotesFr(),
                    a.openingNotesEn(),
                    family,
                    minAge,
                    accessible,
                    indoor,
                    a.dogsAllowed(),
                    languages,
                    a.labels(),
                    a.website(),
                    a.phone(),
                    a.source(),
                    a.sourceUri(),
                    a.sourceDate(),
                    active);
        }
    }

    static final LocalDate A_SUMMER_SATURDAY = LocalDate.of(2026, 7, 18);
}
