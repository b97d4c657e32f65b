package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionSource;
import org.comptoir.attraction.PriceLevel;
import org.junit.jupiter.api.Test;

/**
 * From source records to attractions with the mapping shipped in V0005: categories, interests, checks
 * and reasons, and what an update keeps.
 */
class RecordMapperTest {

    private static final List<String> INTEREST_CODES = List.of(
            "VOLCANOES_NATURE",
            "HIKING",
            "CYCLING",
            "HERITAGE_HISTORY",
            "MUSEUMS",
            "MICHELIN_INDUSTRIAL",
            "GASTRONOMY",
            "SPAS_WELLNESS",
            "FAMILY_KIDS",
            "EVENTS_FESTIVALS",
            "SHOPPING_CRAFTS",
            "OUTDOOR_SPORTS");
    private static final Map<String, Long> INTERESTS = new HashMap<>();

    static {
        for (int i = 0; i < INTEREST_CODES.size(); i++) {
            INTERESTS.put(INTEREST_CODES.get(i), (long) i + 1);
        }
    }

    private final RecordMapper mapper =
            new RecordMapper(new TermMapping(shippedMapping()), INTERESTS, LocalDate.of(2026, 3, 1));

    @Test
    void the_shipped_mapping_gives_each_sample_point_its_category_and_interests() throws IOException {
        var mapped = mapAll("clermont-sample.jsonld");
        assertThat(mapped)
                .extracting(RecordMapper.Mapped::category)
                .containsExactly(
                        AttractionCategory.MUSEUM,
                        AttractionCategory.HIKING_TRAIL,
                        AttractionCategory.RESTAURANT,
                        AttractionCategory.EVENT,
                        AttractionCategory.RELIGIOUS_HERITAGE,
                        AttractionCategory.VOLCANO_NATURAL_SITE,
                        AttractionCategory.SPA_WELLNESS,
                        AttractionCategory.CYCLING_ROUTE,
                        AttractionCategory.SHOP_CRAFTS,
                        AttractionCategory.PARK_LEISURE,
                        AttractionCategory.PARK_LEISURE);
        assertThat(interests(mapped.get(0))).containsExactlyInAnyOrder("MUSEUMS", "HERITAGE_HISTORY");
        assertThat(interests(mapped.get(1))).containsExactly("HIKING");
        assertThat(interests(mapped.get(2))).containsExactly("GASTRONOMY");
        assertThat(interests(mapped.get(5))).containsExactly("VOLCANOES_NATURE");
        assertThat(interests(mapped.get(6)))
                .as("a leisure place whose theme is the spa")
                .containsExactlyInAnyOrder("SPAS_WELLNESS", "OUTDOOR_SPORTS");
        assertThat(mapped.get(9).notes())
                .as("no mapping for a picnic area: said in the preview")
                .containsExactly(ImportReason.of("import.note.default-category", ":PicnicArea, :PointOfInterest"));
        assertThat(mapped.get(10).accepted()).isFalse();
        assertThat(mapped.get(10).problems()).containsExactly(ImportReason.of("import.reason.no-coordinates"));
    }

    @Test
    void a_museum_becomes_a_complete_draft_in_french_and_english() throws IOException {
        var museum = mapAll("clermont-sample.jsonld").getFirst();
        var draft = museum.draft();
        assertThat(draft).isNotNull();
        assertThat(draft.nameFr()).isEqualTo("Maison de site du plateau de Gergovie");
        assertThat(draft.nameEn()).isEqualTo("Gergovie Plateau Visitor Centre");
        assertThat(draft.descriptionEn()).startsWith("On the plateau");
        assertThat(draft.latitude()).isEqualTo(45.7097);
        assertThat(draft.longitude()).isEqualTo(3.1236);
        assertThat(draft.address()).isEqualTo("Plateau de Gergovie");
        assertThat(draft.commune()).isEqualTo("La Roche-Blanche");
        assertThat(draft.website()).isEqualTo("https://www.gergovie.example.fr/");
        assertThat(draft.phone()).isEqualTo("+33 4 73 79 42 98");
        assertThat(draft.source()).isEqualTo(AttractionSource.DATATOURISME);
        assertThat(draft.sourceUri()).endsWith("gergovie0001");
        assertThat(draft.sourceDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(draft.monthsOpen()).hasSize(12);
        assertThat(draft.active()).isTrue();
    }

    @Test
    void an_event_is_open_in_the_months_of_its_dates_which_its_notes_give() throws IOException {
        var festival = mapAll("clermont-sample.jsonld").get(3).draft();
        assertThat(festival).isNotNull();
        assertThat(festival.monthsOpen()).containsExactly(Month.JULY);
        assertThat(festival.openingNotesFr()).isEqualTo("Du 10 juillet 2026 au 12 juillet 2026");
        assertThat(festival.openingNotesEn()).isEqualTo("From July 10, 2026 to July 12, 2026");
        var csvEvent = mapAll("sample.csv").get(2).draft();
        assertThat(csvEvent).isNotNull();
        assertThat(csvEvent.monthsOpen()).containsExactlyInAnyOrder(Month.MAY, Month.SEPTEMBER);
        assertThat(csvEvent.openingNotesFr()).isEqualTo("Le 1 mai 2026 ; Le 6 septembre 2026");
    }

    @Test
    void csv_values_are_cleaned_up_like_json_ones() throws IOException {
        var mapped = mapAll("sample.csv");
        var trail = mapped.get(1).draft();
        assertThat(trail).isNotNull();
        assertThat(trail.latitude()).as("French decimal comma").isEqualTo(45.7050);
        assertThat(trail.category()).isEqualTo(AttractionCategory.HIKING_TRAIL);
        assertThat(trail.sourceDate()).as("French date").isEqualTo(LocalDate.of(2025, 4, 3));
        var bouchon = mapped.get(3).draft();
        assertThat(bouchon).isNotNull();
        assertThat(bouchon.website()).isEqualTo("https://www.bouchon-clermontois.example.fr");
        assertThat(bouchon.category()).isEqualTo(AttractionCategory.RESTAURANT);
        assertThat(mapped.get(0).category())
                .as("bare DATAtourisme class names")
                .isEqualTo(AttractionCategory.HERITAGE_MONUMENT);
    }

    @Test
    void each_broken_record_is_rejected_with_its_own_reason() throws IOException {
        var mapped = mapAll("broken-records.jsonld");
        assertThat(mapped.get(0).accepted()).isTrue();
        assertThat(mapped.get(1).problems())
                .containsExactly(ImportReason.onField("latitude", "attraction.latitude.range"));
        assertThat(mapped.get(2).problems()).containsExactly(ImportReason.of("import.reason.no-label"));
        assertThat(mapped.get(3).accepted())
                .as("a duplicate is the service's business")
                .isTrue();
        assertThat(mapped.get(4).problems())
                .containsExactly(ImportReason.of("import.reason.coordinates-not-numbers", "quarante-cinq", "3.08"));
        assertThat(mapped.get(5).problems())
                .containsExactly(ImportReason.onField("nameFr", "attraction.name.too-long"));
        assertThat(mapped.get(6).problems())
                .containsExactly(ImportReason.onField("descriptionFr", "attraction.description.too-long"));
        assertThat(mapped.get(7).problems())
                .as("0,0 is nowhere")
                .containsExactly(ImportReason.onField("latitude", "attraction.latitude.range"));
        assertThat(mapped.get(8).problems()).containsExactly(ImportReason.of("import.reason.not-an-object"));
        assertThat(mapped.get(9).problems())
                .containsExactly(ImportReason.onField("address", "import.reason.too-long", RecordMapper.MAX_ADDRESS));
        assertThat(mapped.get(10).problems())
                .containsExactly(
                        ImportReason.onField("periods", "import.reason.period-reversed", "2026-08-20", "2026-08-10"));
        assertThat(mapped.get(11).problems()).containsExactly(ImportReason.of("import.reason.no-id"));
        assertThat(mapped.get(12).problems())
                .containsExactly(ImportReason.onField("longitude", "attraction.longitude.range"));
        var doubtful = mapped.get(13);
        assertThat(doubtful.accepted())
                .as("doubtful optional values are left out, not the point")
                .isTrue();
        assertThat(doubtful.notes())
                .containsExactly(
                        ImportReason.onField("lastUpdate", "import.note.date-ignored", "31/02/2025"),
                        ImportReason.onField("website", "import.note.ignored", "javascript:alert(1)"));
        assertThat(doubtful.draft().website()).isNull();
        assertThat(doubtful.draft().sourceDate()).isNull();
    }

    @Test
    void an_update_keeps_what_the_office_curated_and_takes_what_the_source_says() throws IOException {
        var museum = mapAll("clermont-sample.jsonld").getFirst();
        var curated = new AttractionDetails(
                7,
                3,
                "gergovie-site",
                "Ancien nom",
                "Hand-made English name",
                null,
                "Our own English description",
                AttractionCategory.MUSEUM,
                Set.of(9L),
                null,
                null,
                null,
                45.70,
                3.12,
                25,
                false,
                90,
                PriceLevel.LOW,
                EnumSet.range(Month.APRIL, Month.OCTOBER),
                EnumSet.of(DayOfWeek.MONDAY),
                "Fermé le lundi",
                "Closed on Mondays",
                true,
                6,
                true,
                true,
                false,
                Set.of("fr", "en"),
                Set.of("UNESCO"),
                "https://old.example.fr",
                null,
                AttractionSource.DATATOURISME,
                museum.uri(),
                LocalDate.of(2024, 1, 1),
                false);

        var merged = RecordMapper.merge(curated, museum);

        assertThat(merged.id()).isEqualTo(7L);
        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.nameFr()).isEqualTo("Maison de site du plateau de Gergovie");
        assertThat(merged.nameEn()).as("the source has one").isEqualTo("Gergovie Plateau Visitor Centre");
        assertThat(merged.descriptionFr()).startsWith("Sur le plateau");
        assertThat(merged.latitude()).isEqualTo(45.7097);
        assertThat(merged.website()).isEqualTo("https://www.gergovie.example.fr/");
        assertThat(merged.sourceDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(merged.interestIds()).as("interests added by hand stay").contains(9L, 4L, 5L);
        assertThat(merged.driveMinutes()).isEqualTo(25);
        assertThat(merged.visitMinutes()).isEqualTo(90);
        assertThat(merged.priceLevel()).isEqualTo(PriceLevel.LOW);
        assertThat(merged.monthsOpen()).isEqualTo(EnumSet.range(Month.APRIL, Month.OCTOBER));
        assertThat(merged.closedDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(merged.openingNotesFr()).isEqualTo("Fermé le lundi");
        assertThat(merged.familyFriendly()).isTrue();
        assertThat(merged.minAge()).isEqualTo(6);
        assertThat(merged.accessible()).isTrue();
        assertThat(merged.indoor()).isTrue();
        assertThat(merged.languages()).containsExactlyInAnyOrder("fr", "en");
        assertThat(merged.labels()).containsExactly("UNESCO");
        assertThat(merged.slug()).isEqualTo("gergovie-site");
        assertThat(merged.active()).as("a retired attraction stays retired").isFalse();
    }

    @Test
    void without_an_english_name_or_a_mapping_the_source_does_not_overwrite_the_office_s_choices() throws IOException {
        var picnic = mapAll("clermont-sample.jsonld").get(9);
        var curated = new AttractionDetails(
                8,
                0,
                null,
                "Aire de la Cassière",
                "Cassière picnic area",
                null,
                null,
                AttractionCategory.VOLCANO_NATURAL_SITE,
                Set.of(),
                null,
                null,
                null,
                45.68,
                2.98,
                30,
                true,
                null,
                null,
                EnumSet.allOf(Month.class),
                Set.of(),
                null,
                null,
                false,
                null,
                false,
                false,
                false,
                Set.of(),
                Set.of(),
                null,
                null,
                AttractionSource.DATATOURISME,
                picnic.uri(),
                null,
                true);
        var merged = RecordMapper.merge(curated, picnic);
        assertThat(merged.nameEn()).isEqualTo("Cassière picnic area");
        assertThat(merged.category())
                .as("the default category is for new points only")
                .isEqualTo(AttractionCategory.VOLCANO_NATURAL_SITE);
        assertThat(merged.driveMinutes())
                .as("an estimate is not a given drive time")
                .isNull();
    }

    @Test
    void words_match_whole_words_of_theme_labels_and_a_star_the_start_of_one() {
        var mapping = new TermMapping(List.of(
                new MappingRule(1, 0, "spa", AttractionCategory.SPA_WELLNESS, null, 65),
                new MappingRule(2, 0, "volcan*", AttractionCategory.VOLCANO_NATURAL_SITE, null, 55),
                new MappingRule(3, 0, "bien etre", null, "SPAS_WELLNESS", 0),
                new MappingRule(4, 0, "schema:Museum", AttractionCategory.MUSEUM, "MUSEUMS", 90)));
        assertThat(mapping.match(List.of(), List.of("Espace naturel")).category())
                .isNull();
        assertThat(mapping.match(List.of(), List.of("Spa et détente")).category())
                .isEqualTo(AttractionCategory.SPA_WELLNESS);
        assertThat(mapping.match(List.of(), List.of("Volcanisme")).category())
                .isEqualTo(AttractionCategory.VOLCANO_NATURAL_SITE);
        assertThat(mapping.match(List.of(), List.of("Bien-être")).interestCodes())
                .containsExactly("SPAS_WELLNESS");
        assertThat(mapping.match(List.of("http://schema.org/Museum"), List.of("Volcanisme"))
                        .category())
                .as("full URIs, and the highest priority wins")
                .isEqualTo(AttractionCategory.MUSEUM);
        assertThat(mapping.match(List.of("Museum"), List.of()).category()).isEqualTo(AttractionCategory.MUSEUM);
        assertThat(mapping.match(List.of("SCHEMA:museum"), List.of()).category())
                .isEqualTo(AttractionCategory.MUSEUM);
    }

    private List<RecordMapper.Mapped> mapAll(String fixture) throws IOException {
        var mapped = new ArrayList<RecordMapper.Mapped>();
        for (var record : SourceReaderTest.readAll(Fixtures.path(fixture))) {
            mapped.add(mapper.map(record));
        }
        return mapped;
    }

    private static List<String> interests(RecordMapper.Mapped mapped) {
        var draft = mapped.draft();
        assertThat(draft).isNotNull();
        return draft.interestIds().stream()
                .map(id -> INTEREST_CODES.get((int) (id - 1)))
                .toList();
    }

    /** The lines V0005__import_mapping.sql seeds. */
    static List<MappingRule> shippedMapping() {
        try {
            var sql = Files.readString(Path.of("src/main/resources/db/migration/V0005__import_mapping.sql"));
            var line = Pattern.compile("\\('([^']+)', (NULL|'(\\w+)'), (NULL|'(\\w+)'), (\\d+)\\)");
            var rules = new ArrayList<MappingRule>();
            var matcher = line.matcher(sql);
            while (matcher.find()) {
                rules.add(new MappingRule(
                        rules.size() + 1,
                        0,
                        matcher.group(1),
                        matcher.group(3) == null ? null : AttractionCategory.valueOf(matcher.group(3)),
                        matcher.group(5),
                        Integer.parseInt(matcher.group(6))));
            }
            assertThat(rules).hasSizeGreaterThan(30);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
