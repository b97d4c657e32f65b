package org.comptoir.attraction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A place or activity the office recommends: what it is, where, when it is open, for whom, and where
 * its record comes from.
 */
@Entity
@Table(name = "attraction")
class Attraction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(length = 120, unique = true)
    private @Nullable String slug;

    @Column(name = "name_fr", nullable = false, length = 200)
    private String nameFr = "";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn = "";

    @Column(name = "description_fr", length = 4000)
    private @Nullable String descriptionFr;

    @Column(name = "description_en", length = 4000)
    private @Nullable String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AttractionCategory category = AttractionCategory.PARK_LEISURE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attraction_interest", joinColumns = @JoinColumn(name = "attraction_id"))
    @Column(name = "interest_id", nullable = false)
    @BatchSize(size = 200)
    private Set<Long> interestIds = new HashSet<>();

    @Column(length = 300)
    private @Nullable String address;

    @Column(name = "postal_code", length = 10)
    private @Nullable String postalCode;

    @Column(length = 120)
    private @Nullable String commune;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    /** The drive time someone gave; null when unknown. */
    @Column(name = "drive_minutes")
    private @Nullable Integer driveMinutes;

    /** The drive time given, or else estimated: what filters and sorts use. */
    @Column(name = "drive_minutes_effective", nullable = false)
    private int driveMinutesEffective;

    @Column(name = "visit_minutes")
    private @Nullable Integer visitMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_level", length = 10)
    private @Nullable PriceLevel priceLevel;

    /** Bit i (0–11) set when open in month i+1. */
    @Column(name = "months_open", nullable = false)
    private int monthsOpen = 0xFFF;

    /** Bit i (0–6) set when closed every week on day i+1 (Monday = 1). */
    @Column(name = "closed_days", nullable = false)
    private int closedDays;

    @Column(name = "opening_notes_fr", length = 1000)
    private @Nullable String openingNotesFr;

    @Column(name = "opening_notes_en", length = 1000)
    private @Nullable String openingNotesEn;

    @Column(name = "family_friendly", nullable = false)
    private boolean familyFriendly;

    @Column(name = "min_age")
    private @Nullable Integer minAge;

    /** Accessible with reduced mobility ("accessible" is a reserved word in MariaDB). */
    @Column(name = "reduced_mobility", nullable = false)
    private boolean accessible;

    @Column(nullable = false)
    private boolean indoor;

    @Column(name = "dogs_allowed", nullable = false)
    private boolean dogsAllowed;

    /** Languages of visits and guides, comma-separated ISO 639-1 codes. */
    @Column(length = 60)
    private @Nullable String languages;

    /** Comma-separated label codes (UNESCO, QUALITE_TOURISME…). */
    @Column(length = 300)
    private @Nullable String labels;

    @Column(length = 500)
    private @Nullable String website;

    @Column(length = 40)
    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttractionSource source = AttractionSource.MANUAL;

    @Column(name = "source_uri", length = 500, unique = true)
    private @Nullable String sourceUri;

    @Column(name = "source_date")
    private @Nullable LocalDate sourceDate;

    @Column(nullable = false)
    private boolean active = true;

    /** Names, commune and labels folded (no case, no accents, no punctuation) for the search box. */
    @Column(name = "search_text", nullable = false, length = SearchText.MAX_LENGTH)
    private String searchText = "";

    /** Both descriptions folded: the search's second round (V0020). */
    @Column(name = "description_text", columnDefinition = "text")
    private @Nullable String descriptionText;

    protected Attraction() {}

    Attraction(AttractionSource source) {
        this.source = source;
    }

    void apply(AttractionDraft d, DriveTimes driveTimes) {
        slug = d.slug();
        nameFr = d.nameFr().strip();
        nameEn = d.nameEn().isBlank() ? nameFr : d.nameEn().strip();
        descriptionFr = blankToNull(d.descriptionFr());
        descriptionEn = blankToNull(d.descriptionEn());
        category = d.category();
        interestIds = new HashSet<>(d.interestIds());
        address = blankToNull(d.address());
        postalCode = blankToNull(d.postalCode());
        commune = blankToNull(d.commune());
        latitude = d.latitude();
        longitude = d.longitude();
        driveMinutes = d.driveMinutes();
        driveMinutesEffective = driveMinutes != null ? driveMinutes : driveTimes.estimate(latitude, longitude);
        visitMinutes = d.visitMinutes();
        priceLevel = d.priceLevel();
        monthsOpen = months(d.monthsOpen());
        closedDays = days(d.closedDays());
        openingNotesFr = blankToNull(d.openingNotesFr());
        openingNotesEn = blankToNull(d.openingNotesEn());
        familyFriendly = d.familyFriendly();
        minAge = d.familyFriendly() ? d.minAge() : null;
        accessible = d.accessible();
        indoor = d.indoor();
        dogsAllowed = d.dogsAllowed();
        languages = d.languages().isEmpty()
                ? null
                : String.join(",", d.languages().stream().sorted().toList());
        labels = d.labels().isEmpty()
                ? null
                : String.join(",", d.labels().stream().sorted().toList());
        website = blankToNull(d.website());
        phone = blankToNull(d.phone());
        sourceUri = blankToNull(d.sourceUri());
        sourceDate = d.sourceDate();
        active = d.active();
        searchText = SearchText.of(nameFr, nameEn, commune, labels, category.name());
        descriptionText = SearchText.description(descriptionFr, descriptionEn);
    }

    AttractionDetails details() {
        var drive = driveMinutesEffective;
        return new AttractionDetails(
                Objects.requireNonNull(id),
                version,
                slug,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                category,
                Set.copyOf(interestIds),
                address,
                postalCode,
                commune,
                latitude,
                longitude,
                drive,
                driveMinutes == null,
                visitMinutes,
                priceLevel,
                monthSet(monthsOpen),
                daySet(closedDays),
                openingNotesFr,
                openingNotesEn,
                familyFriendly,
                minAge,
                accessible,
                indoor,
                dogsAllowed,
                split(languages),
                split(labels),
                website,
                phone,
                source,
                sourceUri,
                sourceDate,
                active);
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    AttractionSource getSource() {
        return source;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    static int months(Set<Month> months) {
        int bits = 0;
        for (var month : months) {
            bits |= 1 << (month.getValue() - 1);
        }
        return bits;
    }

    static int days(Set<DayOfWeek> days) {
        int bits = 0;
        for (var day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        return bits;
    }

    static Set<Month> monthSet(int bits) {
        var months = EnumSet.noneOf(Month.class);
        for (var month : Month.values()) {
            if ((bits & (1 << (month.getValue() - 1))) != 0) {
                months.add(month);
            }
        }
        return months;
    }

    static Set<DayOfWeek> daySet(int bits) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    private static Set<String> split(@Nullable String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Attraction that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Attraction.class.hashCode();
    }
}
