package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.comptoir.attraction.AttractionsChanged;
import org.comptoir.attraction.DriveTimes;
import org.comptoir.reference.ListItem;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.reference.Text;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;

/**
 * How fast the attraction list answers with a big database: 20,000 generated attractions (what a
 * department-wide DATAtourisme import brings), then the searches a counsellor types all day, each run
 * being what the list does on a keystroke: one page of 50 and the count. Prints p50/p95/p99 and
 * writes them to {@code target/bench/attraction-search.md}. The target is p99 under 50 ms; it is
 * measured, not asserted, since a shared build machine makes timings noisy.
 *
 * <p>Run: {@code ./mvnw test -Dgroups=bench -Dsurefire.excludedGroups=none -Dtest=AttractionSearchBenchmark}
 */
@Tag("bench")
@ComptoirTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttractionSearchBenchmark {

    static final int ATTRACTIONS = 20_000;
    static final int WARM_UP = 50;
    static final int RUNS = 200;
    static final int ROWS_PER_INSERT = 500;
    static final String SLUG_PREFIX = "bench-";
    static final Path REPORT = Path.of("target", "bench", "attraction-search.md");

    @Autowired
    DataSource dataSource;

    @Autowired
    AttractionService attractions;

    @Autowired
    ReferenceListService lists;

    @Autowired
    DriveTimes driveTimes;

    @Autowired
    ApplicationEventPublisher events;

    Map<String, Long> interests;
    long insertMillis;

    @BeforeAll
    void insertGeneratedAttractions() throws SQLException {
        interests =
                TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> lists.items(ListKind.INTEREST, false)).stream()
                        .collect(Collectors.toMap(ListItem::code, ListItem::id));
        var started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            removeGenerated(connection);
            var random = new Random(20_261_127);
            var rows = new ArrayList<Generated>();
            for (int i = 0; i < ATTRACTIONS; i++) {
                rows.add(generate(i, random));
                if (rows.size() == ROWS_PER_INSERT) {
                    insert(connection, rows);
                    rows.clear();
                }
            }
            insert(connection, rows);
            connection.commit();
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze table attraction, attraction_interest");
            }
        }
        insertMillis = (System.nanoTime() - started) / 1_000_000;
    }

    @AfterAll
    void removeGeneratedAttractions() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            removeGenerated(connection);
            connection.commit();
        }
    }

    @Test
    void typical_searches_over_twenty_thousand_attractions_are_measured() throws IOException {
        var queries = new LinkedHashMap<String, AttractionFilter>();
        queries.put("one word: `chateau`", AttractionFilter.text("chateau"));
        queries.put("two words: `eglise orcival`", AttractionFilter.text("eglise orcival"));
        queries.put("a rare word: `gergovie`", AttractionFilter.text("gergovie"));
        queries.put("words of a description: `vierge noire`", AttractionFilter.text("vierge noire"));
        queries.put("a word of every description: `histoire`", AttractionFilter.text("histoire"));
        queries.put("category: museums", filter("", AttractionCategory.MUSEUM, null, false, null, null));
        queries.put("open on 14 July + ≤ 45 min drive", filter("", null, null, false, LocalDate.of(2026, 7, 14), 45));
        queries.put("interest hiking + family", filter("", null, interests.get("HIKING"), true, null, null));
        queries.put(
                "word + indoor + family: `musee`",
                new AttractionFilter("musee", null, null, true, false, false, true, null, null, false));

        var report = new StringBuilder();
        report.append("# Attraction search benchmark\n\n")
                .append(f(
                        "%,d generated attractions (plus the starter set), inserted in %,d ms; ",
                        ATTRACTIONS, insertMillis))
                .append("each run = `AttractionService.search` (page of 50, by name) + `count`, as the list does "
                        + "(none of the descriptions' matches kept from the run before) "
                        + f("on a keystroke; %d warm-up runs, then %d measured runs per query.\n\n", WARM_UP, RUNS))
                .append("| query | matches | p50 ms | p95 ms | p99 ms | max ms | search p99 | count p99 |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        var worstP99 = 0.0;
        for (var query : queries.entrySet()) {
            var result = TestUsers.as("counsellor", AppRoles.COUNSELLOR, () -> measure(query.getValue()));
            assertThat(result.matches()).as(query.getKey()).isPositive();
            assertThat(result.firstPage()).as(query.getKey()).isPositive();
            worstP99 = Math.max(worstP99, result.total().p99());
            report.append(f(
                    "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
                    query.getKey(),
                    result.matches(),
                    result.total().p50(),
                    result.total().p95(),
                    result.total().p99(),
                    result.total().max(),
                    result.search().p99(),
                    result.count().p99()));
        }
        report.append(
                f("\nWorst p99: %.1f ms (target: under 50 ms) — %s.\n", worstP99, worstP99 < 50 ? "met" : "MISSED"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private Result measure(AttractionFilter filter) {
        var page = PageRequest.of(0, 50);
        for (int i = 0; i < WARM_UP; i++) {
            forgetKeptMatches();
            attractions.search(filter, AttractionSort.NAME, true, page);
            attractions.count(filter);
        }
        var search = new double[RUNS];
        var count = new double[RUNS];
        var total = new double[RUNS];
        long matches = 0;
        int firstPage = 0;
        for (int i = 0; i < RUNS; i++) {
            forgetKeptMatches();
            var started = System.nanoTime();
            firstPage =
                    attractions.search(filter, AttractionSort.NAME, true, page).getNumberOfElements();
            var searched = System.nanoTime();
            matches = attractions.count(filter);
            var counted = System.nanoTime();
            search[i] = (searched - started) / 1e6;
            count[i] = (counted - searched) / 1e6;
            total[i] = (counted - started) / 1e6;
        }
        return new Result(matches, firstPage, Percentiles.of(total), Percentiles.of(search), Percentiles.of(count));
    }

    /** Each run is a new keystroke: the descriptions' matches of the run before are not kept for it. */
    private void forgetKeptMatches() {
        events.publishEvent(new AttractionsChanged());
    }

    record Result(long matches, int firstPage, Percentiles total, Percentiles search, Percentiles count) {}

    record Percentiles(double p50, double p95, double p99, double max) {

        static Percentiles of(double[] values) {
            var sorted = values.clone();
            Arrays.sort(sorted);
            Function<Double, Double> at =
                    q -> sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
            return new Percentiles(at.apply(0.50), at.apply(0.95), at.apply(0.99), sorted[sorted.length - 1]);
        }
    }

    private static AttractionFilter filter(
            String text,
            AttractionCategory category,
            Long interest,
            boolean family,
            LocalDate openOn,
            Integer maxDrive) {
        return new AttractionFilter(text, category, interest, family, false, false, false, openOn, maxDrive, false);
    }

    // ---- generated data ------------------------------------------------------------------------

    /** What a kind of place is called, and the interests it is found by. */
    record Kind(AttractionCategory category, List<String> prefixes, List<String> interests, boolean indoor) {}

    static final List<Kind> KINDS = List.of(
            new Kind(
                    AttractionCategory.HERITAGE_MONUMENT,
                    List.of("Château de", "Tour de", "Donjon de", "Remparts de", "Maison forte de"),
                    List.of("HERITAGE_HISTORY"),
                    false),
            new Kind(
                    AttractionCategory.RELIGIOUS_HERITAGE,
                    List.of("Église Saint-Julien de", "Chapelle de", "Église romane de", "Prieuré de", "Abbaye de"),
                    List.of("HERITAGE_HISTORY"),
                    true),
            new Kind(
                    AttractionCategory.MUSEUM,
                    List.of("Musée de", "Maison du patrimoine de", "Écomusée de", "Musée de la coutellerie de"),
                    List.of("MUSEUMS", "HERITAGE_HISTORY"),
                    true),
            new Kind(
                    AttractionCategory.VOLCANO_NATURAL_SITE,
                    List.of("Puy de", "Lac de", "Cascade de", "Gorges de", "Col de", "Tourbière de"),
                    List.of("VOLCANOES_NATURE"),
                    false),
            new Kind(
                    AttractionCategory.HIKING_TRAIL,
                    List.of("Sentier des crêtes de", "Boucle de", "Randonnée du puy de", "Chemin des burons de"),
                    List.of("HIKING", "VOLCANOES_NATURE"),
                    false),
            new Kind(
                    AttractionCategory.CYCLING_ROUTE,
                    List.of("Voie verte de", "Circuit VTT de", "Boucle cyclable de"),
                    List.of("CYCLING"),
                    false),
            new Kind(
                    AttractionCategory.LOCAL_PRODUCER,
                    List.of("Ferme fromagère de", "Cave de", "Fromagerie de", "Miellerie de"),
                    List.of("GASTRONOMY"),
                    true),
            new Kind(
                    AttractionCategory.SPA_WELLNESS,
                    List.of("Thermes de", "Spa thermal de"),
                    List.of("SPAS_WELLNESS"),
                    true),
            new Kind(
                    AttractionCategory.PARK_LEISURE,
                    List.of("Parc de loisirs de", "Base nautique de", "Accrobranche de"),
                    List.of("FAMILY_KIDS", "OUTDOOR_SPORTS"),
                    false),
            new Kind(
                    AttractionCategory.SHOP_CRAFTS,
                    List.of("Atelier de poterie de", "Coutellerie de", "Boutique de pays de"),
                    List.of("SHOPPING_CRAFTS"),
                    true),
            new Kind(
                    AttractionCategory.INDUSTRIAL_HERITAGE,
                    List.of("Moulin de", "Ancienne mine de", "Papeterie de"),
                    List.of("MICHELIN_INDUSTRIAL", "HERITAGE_HISTORY"),
                    true),
            new Kind(
                    AttractionCategory.EVENT,
                    List.of("Festival de", "Fête du pays de", "Marché nocturne de"),
                    List.of("EVENTS_FESTIVALS"),
                    false));

    static final List<String> COMMUNES = List.of(
            "Orcival",
            "Murol",
            "Besse-et-Saint-Anastaise",
            "Thiers",
            "Riom",
            "Volvic",
            "Ambert",
            "Issoire",
            "Billom",
            "Saint-Nectaire",
            "Le Mont-Dore",
            "La Bourboule",
            "Châtel-Guyon",
            "Royat",
            "Aydat",
            "Orcines",
            "Pontgibaud",
            "Saint-Saturnin",
            "Montpeyroux",
            "Usson",
            "Vic-le-Comte",
            "Sauxillanges",
            "Brassac-les-Mines",
            "Champeix",
            "Tauves",
            "Picherande",
            "Chambon-sur-Lac",
            "Égliseneuve",
            "Rochefort-Montagne",
            "Saint-Gervais-d'Auvergne",
            "Menat",
            "Lezoux",
            "Courpière",
            "Olliergues",
            "Arlanc",
            "Viverols",
            "Job",
            "La Chaise-Dieu",
            "Salers",
            "Condat",
            "Lavaudieu",
            "Blesle",
            "Ardes",
            "Mozac",
            "Enval",
            "Manzat",
            "Combronde",
            "Aigueperse",
            "Effiat",
            "Randan",
            "Maringues",
            "Pont-du-Château",
            "Cournon-d'Auvergne",
            "Lempdes",
            "Gerzat",
            "Chamalières",
            "Ceyrat",
            "Saint-Genès-Champanelle",
            "Nébouzat",
            "Vulcania",
            "Gergovie",
            "Tournoël",
            "Montaigut",
            "Herment",
            "Bourg-Lastic",
            "Messeix");
    static final List<String> LABELS = List.of(
            "MONUMENT_HISTORIQUE", "QUALITE_TOURISME", "TOURISME_HANDICAP", "PLUS_BEAUX_VILLAGES", "UNESCO", "AOP");
    static final List<String> PRICES = List.of("FREE", "LOW", "MEDIUM", "HIGH");

    record Generated(
            String slug,
            String nameFr,
            String nameEn,
            String category,
            String commune,
            double latitude,
            double longitude,
            Integer driveMinutes,
            int driveEffective,
            int visitMinutes,
            String price,
            int monthsOpen,
            int closedDays,
            boolean family,
            Integer minAge,
            boolean accessible,
            boolean indoor,
            boolean dogs,
            String languages,
            String labels,
            String searchText,
            List<Long> interestIds) {}

    private Generated generate(int i, Random random) {
        var kind = KINDS.get(random.nextInt(KINDS.size()));
        var commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        var prefix = kind.prefixes().get(random.nextInt(kind.prefixes().size()));
        var nameFr = prefix + " " + commune + (random.nextInt(4) == 0 ? " " + (i % 97 + 2) : "");
        var nameEn = nameFr;
        var latitude = 45.05 + random.nextDouble() * 1.2;
        var longitude = 2.35 + random.nextDouble() * 1.5;
        var given = random.nextInt(3) == 0 ? null : 5 + random.nextInt(110);
        var effective = given != null ? given : driveTimes.estimate(latitude, longitude);
        // most places open all year; a third only from spring to autumn
        var months = random.nextInt(3) == 0 ? 0b0011_1111_1000 : 0xFFF;
        var closed = random.nextInt(4) == 0 ? 1 : random.nextInt(10) == 0 ? 0b110_0000 : 0;
        var family = random.nextInt(2) == 0;
        var labels = random.nextInt(6) == 0 ? LABELS.get(random.nextInt(LABELS.size())) : null;
        var interestIds = new ArrayList<Long>();
        for (var code : kind.interests()) {
            var id = interests.get(code);
            if (id != null && (interestIds.isEmpty() || random.nextBoolean())) {
                interestIds.add(id);
            }
        }
        if (family && interests.containsKey("FAMILY_KIDS") && !interestIds.contains(interests.get("FAMILY_KIDS"))) {
            interestIds.add(interests.get("FAMILY_KIDS"));
        }
        // as SearchText does: names, commune, labels and category, each folded, each once
        var searchText = Stream.of(
                        nameFr, nameEn, commune, labels, kind.category().name())
                .filter(Objects::nonNull)
                .map(Text::fold)
                .distinct()
                .collect(Collectors.joining(" "));
        return new Generated(
                SLUG_PREFIX + i,
                nameFr,
                nameEn,
                kind.category().name(),
                commune,
                latitude,
                longitude,
                given,
                effective,
                30 + 15 * random.nextInt(12),
                PRICES.get(random.nextInt(PRICES.size())),
                months,
                closed,
                family,
                family && random.nextBoolean() ? random.nextInt(12) : null,
                random.nextInt(3) == 0,
                kind.indoor() || random.nextInt(8) == 0,
                random.nextInt(2) == 0,
                random.nextInt(3) == 0 ? "en,fr" : "fr",
                labels,
                searchText,
                interestIds);
    }

    private static void insert(Connection connection, List<Generated> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        var columns = "slug, name_fr, name_en, description_fr, description_en, opening_notes_fr, address, category,"
                + " commune, latitude, longitude, drive_minutes,"
                + " drive_minutes_effective, visit_minutes, price_level, months_open, closed_days, family_friendly,"
                + " min_age, reduced_mobility, indoor, dogs_allowed, languages, labels, source, source_uri,"
                + " source_date, active, search_text, description_text, version";
        var placeholders = "(" + "?, ".repeat(30) + "0)";
        var sql = "insert into attraction (" + columns + ") values "
                + String.join(", ", Collections.nCopies(rows.size(), placeholders));
        try (var statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (var r : rows) {
                statement.setString(p++, r.slug());
                statement.setString(p++, r.nameFr());
                statement.setString(p++, r.nameEn());
                // imported records carry long descriptions: the rows are as wide as real ones
                var descriptionFr = (r.nameFr() + ", à " + r.commune() + " : une description de la longueur de "
                                + "celles des données ouvertes, sur l’histoire du lieu, la visite, l’accès et les services. ")
                        .repeat(4);
                var descriptionEn = (r.nameEn() + " in " + r.commune() + ": a description as long as those "
                                + "of the open data, about the place's history, the visit, access and services. ")
                        .repeat(4);
                statement.setString(p++, descriptionFr);
                statement.setString(p++, descriptionEn);
                statement.setString(
                        p++,
                        "Ouvert de 10 h à 18 h, jusqu’à 19 h en juillet et en août ; dernière "
                                + "entrée une heure avant la fermeture.");
                statement.setString(p++, "Le bourg, " + r.commune());
                statement.setString(p++, r.category());
                statement.setString(p++, r.commune());
                statement.setDouble(p++, r.latitude());
                statement.setDouble(p++, r.longitude());
                statement.setObject(p++, r.driveMinutes());
                statement.setInt(p++, r.driveEffective());
                statement.setInt(p++, r.visitMinutes());
                statement.setString(p++, r.price());
                statement.setInt(p++, r.monthsOpen());
                statement.setInt(p++, r.closedDays());
                statement.setBoolean(p++, r.family());
                statement.setObject(p++, r.minAge());
                statement.setBoolean(p++, r.accessible());
                statement.setBoolean(p++, r.indoor());
                statement.setBoolean(p++, r.dogs());
                statement.setString(p++, r.languages());
                statement.setString(p++, r.labels());
                statement.setString(p++, "DATATOURISME");
                statement.setString(p++, "https://data.datatourisme.fr/bench/" + r.slug());
                statement.setObject(p++, LocalDate.of(2026, 11, 1));
                statement.setBoolean(p++, true);
                statement.setString(p++, r.searchText());
                // as SearchText.description does: both descriptions folded, each once
                statement.setString(
                        p++,
                        Stream.of(descriptionFr, descriptionEn)
                                .map(Text::fold)
                                .distinct()
                                .collect(Collectors.joining(" ")));
            }
            statement.executeUpdate();
        }
        var ids = new HashMap<String, Long>();
        try (var select = connection.prepareStatement("select id, slug from attraction where slug in ("
                + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                select.setString(i + 1, rows.get(i).slug());
            }
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    ids.put(result.getString(2), result.getLong(1));
                }
            }
        }
        var pairs = new ArrayList<long[]>();
        for (var r : rows) {
            for (var interest : r.interestIds()) {
                pairs.add(new long[] {ids.get(r.slug()), interest});
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement("insert into attraction_interest (attraction_id,"
                + " interest_id) values " + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?)")))) {
            int p = 1;
            for (var pair : pairs) {
                statement.setLong(p++, pair[0]);
                statement.setLong(p++, pair[1]);
            }
            statement.executeUpdate();
        }
    }

    private static void removeGenerated(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("delete from attraction where slug like ?")) {
            statement.setString(1, SLUG_PREFIX + "%");
            statement.executeUpdate();
        }
    }
}
