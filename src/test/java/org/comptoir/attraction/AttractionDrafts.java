package org.comptoir.attraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Attraction drafts for tests, named field by field: {@code AttractionDrafts.named("Grotte").closedDays(…).build()}.
 * What is not named: a new, active museum near Clermont-Ferrand, entered by hand, free, an hour's visit, open
 * every day of the year.
 */
public final class AttractionDrafts {

    private AttractionDrafts() {}

    /** A new attraction of this name in both languages. */
    public static Builder named(String name) {
        var builder = new Builder();
        builder.nameFr = name;
        builder.nameEn = name;
        return builder;
    }

    /** A draft the rules refuse field by field: blank names, off the map, negative times, never open, and more. */
    public static Builder everythingWrong() {
        return named(" ")
                .nameEn("")
                .latitude(95)
                .longitude(200)
                .driveMinutes(-5)
                .visitMinutes(0)
                .priceLevel(null)
                .monthsOpen(Set.of())
                .closedDays(EnumSet.allOf(DayOfWeek.class))
                .familyFriendly(true)
                .minAge(40)
                .website("not a url");
    }

    /** An attraction already saved, to change some of its fields. */
    public static Builder of(AttractionDraft draft) {
        var builder = new Builder();
        builder.id = draft.id();
        builder.version = draft.version();
        builder.slug = draft.slug();
        builder.nameFr = draft.nameFr();
        builder.nameEn = draft.nameEn();
        builder.descriptionFr = draft.descriptionFr();
        builder.descriptionEn = draft.descriptionEn();
        builder.category = draft.category();
        builder.interestIds = draft.interestIds();
        builder.address = draft.address();
        builder.postalCode = draft.postalCode();
        builder.commune = draft.commune();
        builder.latitude = draft.latitude();
        builder.longitude = draft.longitude();
        builder.driveMinutes = draft.driveMinutes();
        builder.visitMinutes = draft.visitMinutes();
        builder.priceLevel = draft.priceLevel();
        builder.monthsOpen = draft.monthsOpen();
        builder.closedDays = draft.closedDays();
        builder.openingNotesFr = draft.openingNotesFr();
        builder.openingNotesEn = draft.openingNotesEn();
        builder.familyFriendly = draft.familyFriendly();
        builder.minAge = draft.minAge();
        builder.accessible = draft.accessible();
        builder.indoor = draft.indoor();
        builder.dogsAllowed = draft.dogsAllowed();
        builder.languages = draft.languages();
        builder.labels = draft.labels();
        builder.website = draft.website();
        builder.phone = draft.phone();
        builder.source = draft.source();
        builder.sourceUri = draft.sourceUri();
        builder.sourceDate = draft.sourceDate();
        builder.active = draft.active();
        return builder;
    }

    /** Fills an {@link AttractionDraft} one named field at a time. */
    public static final class Builder {

        private @Nullable Long id = null;
        private long version = 0;
        private @Nullable String slug = null;
        private String nameFr = "";
        private String nameEn = "";
        private @Nullable String descriptionFr = null;
        private @Nullable String descriptionEn = null;
        private AttractionCategory category = AttractionCategory.MUSEUM;
        private Set<Long> interestIds = Set.of();
        private @Nullable String address = null;
        private @Nullable String postalCode = null;
        private @Nullable String commune = null;
        private double latitude = 45.78;
        private double longitude = 3.08;
        private @Nullable Integer driveMinutes = null;
        private @Nullable Integer visitMinutes = 60;
        private @Nullable PriceLevel priceLevel = PriceLevel.FREE;
        private Set<Month> monthsOpen = EnumSet.allOf(Month.class);
        private Set<DayOfWeek> closedDays = Set.of();
        private @Nullable String openingNotesFr = null;
        private @Nullable String openingNotesEn = null;
        private boolean familyFriendly = false;
        private @Nullable Integer minAge = null;
        private boolean accessible = false;
        private boolean indoor = false;
        private boolean dogsAllowed = false;
        private Set<String> languages = Set.of();
        private Set<String> labels = Set.of();
        private @Nullable String website = null;
        private @Nullable String phone = null;
        private AttractionSource source = AttractionSource.MANUAL;
        private @Nullable String sourceUri = null;
        private @Nullable LocalDate sourceDate = null;
        private boolean active = true;

        private Builder() {}

        public Builder id(@Nullable Long id) {
            this.id = id;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder slug(@Nullable String slug) {
            this.slug = slug;
            return this;
        }

        public Builder nameFr(String nameFr) {
            this.nameFr = nameFr;
            return this;
        }

        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder descriptionFr(@Nullable String descriptionFr) {
            this.descriptionFr = descriptionFr;
            return this;
        }

        public Builder descriptionEn(@Nullable String descriptionEn) {
            this.descriptionEn = descriptionEn;
            return this;
        }

        public Builder category(AttractionCategory category) {
            this.category = category;
            return this;
        }

        public Builder interestIds(Set<Long> interestIds) {
            this.interestIds = interestIds;
            return this;
        }

        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        public Builder postalCode(@Nullable String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder commune(@Nullable String commune) {
            this.commune = commune;
            return this;
        }

        public Builder latitude(double latitude) {
            this.latitude = latitude;
            return this;
        }

        public Builder longitude(double longitude) {
            this.longitude = longitude;
            return this;
        }

        public Builder driveMinutes(@Nullable Integer driveMinutes) {
            this.driveMinutes = driveMinutes;
            return this;
        }

        public Builder visitMinutes(@Nullable Integer visitMinutes) {
            this.visitMinutes = visitMinutes;
            return this;
        }

        public Builder priceLevel(@Nullable PriceLevel priceLevel) {
            this.priceLevel = priceLevel;
            return this;
        }

        public Builder monthsOpen(Set<Month> monthsOpen) {
            this.monthsOpen = monthsOpen;
            return this;
        }

        public Builder closedDays(Set<DayOfWeek> closedDays) {
            this.closedDays = closedDays;
            return this;
        }

        public Builder openingNotesFr(@Nullable String openingNotesFr) {
            this.openingNotesFr = openingNotesFr;
            return this;
        }

        public Builder openingNotesEn(@Nullable String openingNotesEn) {
            this.openingNotesEn = openingNotesEn;
            return this;
        }

        public Builder familyFriendly(boolean familyFriendly) {
            this.familyFriendly = familyFriendly;
            return this;
        }

        public Builder minAge(@Nullable Integer minAge) {
            this.minAge = minAge;
            return this;
        }

        public Builder accessible(boolean accessible) {
            this.accessible = accessible;
            return this;
        }

        public Builder indoor(boolean indoor) {
            this.indoor = indoor;
            return this;
        }

        public Builder dogsAllowed(boolean dogsAllowed) {
            this.dogsAllowed = dogsAllowed;
            return this;
        }

        public Builder languages(Set<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder labels(Set<String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder website(@Nullable String website) {
            this.website = website;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder source(AttractionSource source) {
            this.source = source;
            return this;
        }

        public Builder sourceUri(@Nullable String sourceUri) {
            this.sourceUri = sourceUri;
            return this;
        }

        public Builder sourceDate(@Nullable LocalDate sourceDate) {
            this.sourceDate = sourceDate;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public AttractionDraft build() {
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
                    driveMinutes,
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
}
