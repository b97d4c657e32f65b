package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 20's acceptance on the starter set: a DATAtourisme file holding the Gergovie museum, the Puy de
 * Pariou and Notre-Dame-du-Port shows three probable duplicates; linking them leaves the 86 attractions
 * (no new one), each with the feed's address and the office's texts; then a feed run that changes one
 * opening period updates that and nothing else. The three starter attractions are put back afterwards.
 */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class StarterDuplicatesAcceptanceTest {

    private static final String FILE = "starter-duplicates.jsonld";

    @Autowired
    ImportService imports;

    @Autowired
    FeedService feeds;

    @Autowired
    AttractionService attractions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final List<AttractionDetails> originals = new ArrayList<>();

    @AfterEach
    void putTheStarterSetBack() {
        CuratedCopies.putBack(jdbc, attractions, originals);
        FeedTables.clear(jdbc, Fixtures.prefix(tag));
    }

    @Test
    void three_starter_places_are_recognised_linked_without_a_new_attraction_and_then_follow_the_feed() {
        var before = count("select count(*) from attraction");
        assertThat(count("select count(*) from attraction where source = 'STARTER_SET'"))
                .isEqualTo(86);

        var preview = imports.preview(Fixtures.copy(FILE, temp, tag), FILE);
        assertThat(preview.count(ImportOutcome.NEW)).isEqualTo(3);
        assertThat(preview.lines())
                .allSatisfy(line -> assertThat(line.duplicate()).isNotNull());
        assertThat(preview.lines())
                .extracting(line -> line.name() + " ~ " + line.duplicate().name())
                .containsExactly(
                        "Musée de la Bataille de Gergovie ~ Musée archéologique de la bataille de Gergovie",
                        "Puy de Pariou ~ Puy de Pariou",
                        "Basilique Notre-Dame du Port ~ Basilique Notre-Dame-du-Port");
        assertThat(preview.lines())
                .allSatisfy(line -> assertThat(line.duplicate().meters()).isBetween(0, 100));
        for (var line : preview.lines()) {
            originals.add(attractions.find(line.duplicate().attractionId()).orElseThrow());
        }

        var choices = new HashMap<Integer, DuplicateChoice>();
        preview.lines().forEach(line -> choices.put(line.number(), DuplicateChoice.LINK));
        assertThat(imports.commit(preview, choices, DuplicateChoice.SKIP))
                .isEqualTo(new ImportResult(0, 0, 0, 0, 3, 0));

        assertThat(count("select count(*) from attraction"))
                .as("no new attraction")
                .isEqualTo(before);
        assertThat(count("select count(*) from attraction where source = 'STARTER_SET'"))
                .isEqualTo(86);
        var museum = linked(0);
        assertThat(museum.nameFr()).isEqualTo("Musée archéologique de la bataille de Gergovie");
        assertThat(museum.address()).isEqualTo("Chemin du Plateau de Gergovie");
        assertThat(museum.phone()).isEqualTo("+33 4 73 60 16 93");
        assertThat(museum.website()).isEqualTo("https://musee-gergovie.example.fr/");
        assertThat(museum.latitude()).isEqualTo(45.7097);
        assertThat(museum.sourceUri()).isEqualTo(Fixtures.prefix(tag) + "b2e3d4f5-0001-4a5b-9c8d-musee0gergov");
        assertThat(LinkedFields.isLinked(museum)).isTrue();
        assertThat(linked(1).address()).isEqualTo("Parking du col des Goules, D941");
        assertThat(linked(2).address()).isEqualTo("Rue Notre-Dame du Port");
        for (int i = 0; i < 3; i++) {
            var original = originals.get(i);
            assertThat(linked(i))
                    .as("the office's texts, interests, audience and notes are kept")
                    .usingRecursiveComparison()
                    .comparingOnlyFields(
                            "nameFr",
                            "nameEn",
                            "descriptionFr",
                            "descriptionEn",
                            "category",
                            "interestIds",
                            "openingNotesFr",
                            "openingNotesEn",
                            "familyFriendly",
                            "indoor",
                            "accessible",
                            "visitMinutes",
                            "priceLevel",
                            "monthsOpen",
                            "slug",
                            "source",
                            "active")
                    .isEqualTo(original);
        }
        assertThat(imports.preview(Fixtures.copy(FILE, temp, tag), FILE).count(ImportOutcome.UNCHANGED))
                .as("the same file again changes nothing")
                .isEqualTo(3);

        try (var feed = new LocalFeed()) {
            feed.serve(Fixtures.text(FILE).replace(Fixtures.BASE, Fixtures.prefix(tag)));
            feeds.saveSettings(new FeedDraft(feed.url(), null, null, FeedSettings.DEFAULT_CRON, 10, false));
            var quiet = feeds.runNow();
            assertThat(quiet.status()).isEqualTo(FeedRun.Status.DONE);
            assertThat(quiet.unchanged()).isEqualTo(3);
            assertThat(quiet.updated() + quiet.created() + quiet.toReview() + quiet.retired())
                    .isZero();

            var linkedBefore = List.of(linked(0), linked(1), linked(2));
            feed.serve(Fixtures.text(FILE)
                    .replace(Fixtures.BASE, Fixtures.prefix(tag))
                    .replace(
                            "\":lastUpdate\": \"2025-05-02\"",
                            "\":lastUpdate\": \"2025-05-02\", \":takesPlaceAt\": [{"
                                    + "\":startDate\": \"2026-04-01\", \":endDate\": \"2026-09-30\"}]"));
            var run = feeds.runNow();
            assertThat(run.status()).isEqualTo(FeedRun.Status.DONE);
            assertThat(List.of(
                            run.created(),
                            run.updated(),
                            run.unchanged(),
                            run.rejected(),
                            run.toReview(),
                            run.retired()))
                    .containsExactly(0, 1, 2, 0, 0, 0);

            var after = linked(0);
            assertThat(after.monthsOpen()).isEqualTo(EnumSet.range(Month.APRIL, Month.SEPTEMBER));
            assertThat(after)
                    .as("nothing else")
                    .usingRecursiveComparison()
                    .ignoringFields("version", "monthsOpen")
                    .isEqualTo(linkedBefore.get(0));
            assertThat(linked(1)).isEqualTo(linkedBefore.get(1));
            assertThat(linked(2)).isEqualTo(linkedBefore.get(2));
        }
        assertThat(count("select count(*) from attraction")).isEqualTo(before);
    }

    private AttractionDetails linked(int index) {
        return attractions.find(originals.get(index).id()).orElseThrow();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
