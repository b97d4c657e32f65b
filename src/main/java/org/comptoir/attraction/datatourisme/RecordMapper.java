package org.comptoir.attraction.datatourisme;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDraft;
import org.comptoir.attraction.AttractionRules;
import org.comptoir.attraction.AttractionSource;
import org.jspecify.annotations.Nullable;

/**
 * Turns a source record into the attraction it describes, or says why it cannot: the import's own
 * checks (identifier, name, coordinates, column lengths, dates) and then {@link AttractionRules}, the
 * same rules as the edit form. Also merges an update with what the office curated by hand.
 */
final class RecordMapper {

    /** Lengths of the attraction table's columns (V0004__attractions.sql) the rules do not check. */
    static final int MAX_URI = 500;

    static final int MAX_ADDRESS = 300;
    static final int MAX_POSTAL_CODE = 10;
    static final int MAX_COMMUNE = 120;
    static final int MAX_NOTES = 1000;
    static final AttractionCategory DEFAULT_CATEGORY = AttractionCategory.PARK_LEISURE;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,3}([.,]\\d{1,15})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern FRENCH_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final DateTimeFormatter FRENCH_INPUT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A record once mapped: the draft when accepted, else the problems; notes in both cases. */
    record Mapped(
            SourceRecord source,
            @Nullable AttractionDraft draft,
            List<ImportReason> problems,
            List<ImportReason> notes,
            String name,
            @Nullable AttractionCategory category,
            boolean categoryMapped,
            boolean englishNameGiven,
            boolean datesGiven) {

        boolean accepted() {
            return draft != null;
        }

        @Nullable
        String uri() {
            return source.uri();
        }
    }

    private final TermMapping mapping;
    private final Map<String, Long> interestIds;
    private final LocalDate today;

    RecordMapper(TermMapping mapping, Map<String, Long> interestIds, LocalDate today) {
        this.mapping = mapping;
        this.interestIds = interestIds;
        this.today = today;
    }

    Mapped map(SourceRecord r) {
        var problems = new ArrayList<ImportReason>();
        var notes = new ArrayList<ImportReason>();
        if (r.malformed() != null) {
            problems.add(r.malformed());
            return new Mapped(r, null, problems, notes, display(r, null), null, false, false, false);
        }
        var uri = r.uri();
        if (uri == null) {
            problems.add(ImportReason.of("import.reason.no-id"));
        } else if (uri.length() > MAX_URI) {
            problems.add(ImportReason.onField("uri", "import.reason.too-long", MAX_URI));
        }

        var nameFr = name(r.labels(), notes);
        var english = r.labels().get("en");
        if (nameFr == null) {
            problems.add(ImportReason.of("import.reason.no-label"));
        }

        var latitude = coordinate(r.latitude());
        var longitude = coordinate(r.longitude());
        var coordinatesKnown = false;
        if (r.latitude() == null || r.longitude() == null) {
            problems.add(ImportReason.of("import.reason.no-coordinates"));
        } else if (latitude == null || longitude == null) {
            problems.add(ImportReason.of("import.reason.coordinates-not-numbers", r.latitude(), r.longitude()));
        } else {
            coordinatesKnown = true;
        }

        tooLong(problems, "address", r.street(), MAX_ADDRESS);
        tooLong(problems, "postalCode", r.postalCode(), MAX_POSTAL_CODE);
        tooLong(problems, "commune", r.city(), MAX_COMMUNE);

        var match = mapping.match(r.types(), r.themes());
        var category = match.category();
        if (category == null) {
            category = DEFAULT_CATEGORY;
            notes.add(ImportReason.of("import.note.default-category", types(r.types())));
        }
        var interests = new HashSet<Long>();
        match.interestCodes().forEach(code -> {
            var id = interestIds.get(code);
            if (id != null) {
                interests.add(id);
            }
        });

        Set<Month> months = EnumSet.allOf(Month.class);
        String notesFr = null;
        String notesEn = null;
        var datesGiven = false;
        if (!r.periods().isEmpty()) {
            var periods = periods(r.periods(), problems);
            if (!periods.isEmpty()) {
                datesGiven = true;
                months = months(periods);
                notesFr = notes(periods, Locale.FRENCH, "Du %s au %s", "Le %s");
                notesEn = notes(periods, Locale.ENGLISH, "From %s to %s", "On %s");
            }
        }

        LocalDate sourceDate = null;
        if (r.lastUpdate() != null) {
            sourceDate = date(r.lastUpdate());
            if (sourceDate == null) {
                notes.add(ImportReason.onField("lastUpdate", "import.note.date-ignored", r.lastUpdate()));
            }
        }
        var website = website(r.website(), notes);
        var phone = phone(r.phone(), notes);

        var draft = new AttractionDraft(
                null,
                0,
                null,
                nameFr == null ? "" : nameFr,
                english != null ? english : nameFr == null ? "" : nameFr,
                r.comments().get("fr"),
                r.comments().get("en"),
                category,
                interests,
                r.street(),
                r.postalCode(),
                r.city(),
                coordinatesKnown ? latitude : 45.0,
                coordinatesKnown ? longitude : 3.0,
                null,
                null,
                null,
                months,
                Set.of(),
                notesFr,
                notesEn,
                false,
                null,
                false,
                false,
                false,
                Set.of(),
                Set.of(),
                website,
                phone,
                AttractionSource.DATATOURISME,
                uri,
                sourceDate,
                true);
        var ruleProblems = AttractionRules.problems(draft);
        ruleProblems.forEach((field, key) -> {
            var alreadySaid = field.equals("nameFr") && nameFr == null;
            if (!alreadySaid) {
                problems.add(ImportReason.onField(field, key));
            }
        });
        var name = display(r, nameFr);
        var categoryMapped = match.category() != null;
        if (!problems.isEmpty()) {
            return new Mapped(r, null, problems, notes, name, category, categoryMapped, english != null, datesGiven);
        }
        return new Mapped(r, draft, List.of(), notes, name, category, categoryMapped, english != null, datesGiven);
    }

    /**
     * The update of an imported attraction: what the source says, and what the office curated by hand
     * where the source says nothing (visit duration, price, audience, opening, drive time, languages,
     * labels, retirement; texts the source leaves out; the category when no mapping gave one; the
     * interests added by hand).
     */
    static AttractionDraft merge(AttractionDetails existing, Mapped mapped) {
        var d = Objects.requireNonNull(mapped.draft());
        var nameEn = mapped.englishNameGiven()
                ? d.nameEn()
                : existing.nameEn().equals(existing.nameFr()) ? d.nameFr() : existing.nameEn();
        var interests = new HashSet<>(existing.interestIds());
        interests.addAll(d.interestIds());
        return new AttractionDraft(
                existing.id(),
                existing.version(),
                existing.slug(),
                d.nameFr(),
                nameEn,
                or(d.descriptionFr(), existing.descriptionFr()),
                or(d.descriptionEn(), existing.descriptionEn()),
                mapped.categoryMapped() ? d.category() : existing.category(),
                interests,
                or(d.address(), existing.address()),
                or(d.postalCode(), existing.postalCode()),
                or(d.commune(), existing.commune()),
                d.latitude(),
                d.longitude(),
                existing.driveEstimated() ? null : existing.driveMinutes(),
                existing.visitMinutes(),
                existing.priceLevel(),
                mapped.datesGiven() ? d.monthsOpen() : existing.monthsOpen(),
                existing.closedDays(),
                mapped.datesGiven() ? d.openingNotesFr() : existing.openingNotesFr(),
                mapped.datesGiven() ? d.openingNotesEn() : existing.openingNotesEn(),
                existing.familyFriendly(),
                existing.minAge(),
                existing.accessible(),
                existing.indoor(),
                existing.dogsAllowed(),
                existing.languages(),
                existing.labels(),
                or(d.website(), existing.website()),
                or(d.phone(), existing.phone()),
                existing.source(),
                d.sourceUri(),
                d.sourceDate(),
                existing.active());
    }

    private static @Nullable String or(@Nullable String given, @Nullable String kept) {
        return given != null && !given.isBlank() ? given.strip() : kept;
    }

    /** The French name; else one without language; else any, noted. */
    private static @Nullable String name(Map<String, String> labels, List<ImportReason> notes) {
        var french = labels.get("fr");
        if (french != null) {
            return french;
        }
        var other = labels.containsKey("")
                ? labels.get("")
                : labels.values().stream().findFirst().orElse(null);
        if (other != null && !labels.containsKey("")) {
            notes.add(ImportReason.of("import.note.no-french-name"));
        }
        return other;
    }

    private static String display(SourceRecord r, @Nullable String name) {
        if (name != null) {
            return name.length() > 120 ? name.substring(0, 119) + "…" : name;
        }
        var uri = r.uri();
        return uri == null ? "" : uri.length() > 120 ? uri.substring(0, 119) + "…" : uri;
    }

    static @Nullable Double coordinate(@Nullable String text) {
        if (text == null || !NUMBER.matcher(text.strip()).matches()) {
            return null;
        }
        return Double.parseDouble(text.strip().replace(',', '.'));
    }

    private static void tooLong(List<ImportReason> problems, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(ImportReason.onField(field, "import.reason.too-long", max));
        }
    }

    private static String types(List<String> types) {
        var shown = types.stream().map(TermMapping::shortForm).limit(4).toList();
        return shown.isEmpty() ? "—" : String.join(", ", shown) + (types.size() > 4 ? ", …" : "");
    }

    /** A date as found: ISO (a date-time too) or French; null when unreadable or absurd. */
    @Nullable
    LocalDate date(String text) {
        var value = text.strip();
        try {
            LocalDate date;
            if (ISO_DATE.matcher(value).matches()) {
                date = LocalDate.parse(value.substring(0, 10));
            } else if (FRENCH_DATE.matcher(value).matches()) {
                date = LocalDate.parse(value, FRENCH_INPUT);
            } else {
                return null;
            }
            return date.getYear() < 1900 || date.isAfter(today.plusYears(5)) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Dates(LocalDate start, LocalDate end) {}

    private List<Dates> periods(List<SourceRecord.Period> periods, List<ImportReason> problems) {
        var dates = new ArrayList<Dates>();
        for (var period : periods) {
            var start = period.start() == null ? null : date(period.start());
            var end = period.end() == null ? start : date(period.end());
            if (start == null || end == null) {
                problems.add(ImportReason.onField(
                        "periods", "import.reason.period-invalid", period.start() + " → " + period.end()));
            } else if (end.isBefore(start)) {
                problems.add(ImportReason.onField("periods", "import.reason.period-reversed", start, end));
            } else {
                dates.add(new Dates(start, end));
            }
        }
        return dates;
    }

    private static Set<Month> months(List<Dates> periods) {
        var months = EnumSet.noneOf(Month.class);
        for (var period : periods) {
            var month = period.start().withDayOfMonth(1);
            while (!month.isAfter(period.end()) && months.size() < 12) {
                months.add(month.getMonth());
                month = month.plusMonths(1);
            }
        }
        return months;
    }

    private static String notes(List<Dates> periods, Locale locale, String between, String single) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var text = new StringBuilder();
        for (var period : periods) {
            var part = period.start().equals(period.end())
                    ? single.formatted(format.format(period.start()))
                    : between.formatted(format.format(period.start()), format.format(period.end()));
            if (text.length() + part.length() + 3 > MAX_NOTES) {
                text.append(" ; …");
                break;
            }
            text.append(text.isEmpty() ? "" : " ; ").append(part);
        }
        return text.toString();
    }

    /** A web address we can show; "www.x.fr" gets its https://; anything else is left out, noted. */
    private static @Nullable String website(@Nullable String text, List<ImportReason> notes) {
        if (text == null) {
            return null;
        }
        var value = text.strip();
        if (value.regionMatches(true, 0, "www.", 0, 4)) {
            value = "https://" + value;
        }
        if (AttractionRules.isWebAddress(value)) {
            return value;
        }
        notes.add(ImportReason.onField("website", "import.note.ignored", shorten(text)));
        return null;
    }

    /** The first number when several are given; left out, noted, when still too long. */
    private static @Nullable String phone(@Nullable String text, List<ImportReason> notes) {
        if (text == null) {
            return null;
        }
        var value = text.strip();
        if (value.length() > 40) {
            value = value.split("[;,/|]| ou | or ")[0].strip();
        }
        if (value.length() > 40 || value.isEmpty()) {
            notes.add(ImportReason.onField("phone", "import.note.ignored", shorten(text)));
            return null;
        }
        return value;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
