package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDrafts;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.PriceLevel;
import org.comptoir.base.Progress;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import on the real database: preview outcomes, commit, upsert by source URI, unchanged
 * detection, curated fields kept, all or nothing, and who may do it. Commits are real (not rolled back
 * by the test), so each test imports points of its own and deletes them afterwards.
 */
@ComptoirTest
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    AttractionService attractions;

    @Autowired
    ReferenceListService lists;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteWhatWasImported() {
        jdbc.update("delete from attraction where source_uri like ?", Fixtures.prefix(tag) + "%");
    }

    @Test
    void a_preview_says_what_each_record_would_become_and_writes_nothing() {
        var preview = imports.preview(Fixtures.copy("clermont-sample.jsonld", temp, tag), "clermont-sample.jsonld");

        assertThat(preview.fileError()).isNull();
        assertThat(preview.format()).isEqualTo(ImportFormat.JSON_LD);
        assertThat(preview.lines()).hasSize(11);
        assertThat(preview.count(ImportOutcome.NEW)).isEqualTo(10);
        assertThat(preview.count(ImportOutcome.REJECTED)).isEqualTo(1);
        assertThat(preview.lines().get(10).reasons()).containsExactly(ImportReason.of("import.reason.no-coordinates"));
        assertThat(preview.lines().getFirst().category()).isEqualTo(AttractionCategory.MUSEUM);
        assertThat(preview.committable()).isTrue();
        assertThat(imported()).as("nothing written by a preview").isEmpty();
    }

    @Test
    void a_commit_says_how_far_it_is_to_the_screen_that_waits_for_it() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        var preview = imports.preview(file, "clermont-sample.jsonld");
        var progress = new Progress();
        assertThat(progress.fraction()).as("not started: no total yet").isEmpty();

        imports.commit(preview, Map.of(), DuplicateChoice.KEEP_BOTH, progress);

        assertThat(progress.fraction()).hasValue(1.0);
    }

    @Test
    void a_commit_writes_every_accepted_record_and_the_same_file_is_then_unchanged() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        var result = imports.commit(imports.preview(file, "clermont-sample.jsonld"));

        assertThat(result).isEqualTo(new ImportResult(10, 0, 0, 1));
        var museum = imported().stream()
                .filter(a -> a.sourceUri().endsWith("gergovie0001"))
                .findFirst()
                .orElseThrow();
        assertThat(museum.nameEn()).isEqualTo("Gergovie Plateau Visitor Centre");
        assertThat(museum.category()).isEqualTo(AttractionCategory.MUSEUM);
        assertThat(museum.interestIds()).contains(interest("MUSEUMS"), interest("HERITAGE_HISTORY"));
        assertThat(museum.sourceDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(museum.driveEstimated()).isTrue();
        assertThat(imported()).hasSize(10);

        var again = imports.preview(file, "clermont-sample.jsonld");
        assertThat(again.count(ImportOutcome.UNCHANGED)).isEqualTo(10);
        assertThat(again.count(ImportOutcome.REJECTED)).isEqualTo(1);
        assertThat(again.committable()).isFalse();
        assertThatThrownBy(() -> imports.commit(again))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("import.commit.nothing"));
    }

    @Test
    void a_changed_record_is_updated_and_what_the_office_curated_by_hand_is_kept() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        imports.commit(imports.preview(file, "clermont-sample.jsonld"));
        var museum = imported().stream()
                .filter(a -> a.sourceUri().endsWith("gergovie0001"))
                .findFirst()
                .orElseThrow();
        var draft = museum.toDraft();
        attractions.saveAll(List.of(AttractionDrafts.of(draft)
                .driveMinutes(20)
                .visitMinutes(90)
                .priceLevel(PriceLevel.LOW)
                .monthsOpen(EnumSet.range(Month.MARCH, Month.NOVEMBER))
                .closedDays(Set.of(DayOfWeek.MONDAY))
                .openingNotesFr("Fermé le lundi")
                .openingNotesEn("Closed on Mondays")
                .familyFriendly(true)
                .minAge(6)
                .accessible(true)
                .indoor(true)
                .dogsAllowed(false)
                .languages(Set.of("fr", "en"))
                .labels(Set.of("QUALITE_TOURISME"))
                .active(true)
                .build()));

        var changed = Fixtures.write(
                file,
                Fixtures.text("clermont-sample.jsonld")
                        .replace(Fixtures.BASE, Fixtures.prefix(tag))
                        .replace(
                                "la maison de site raconte la bataille",
                                "la maison de site, rénovée, raconte la bataille")
                        .replace("2025-03-14", "2025-09-01"));
        var preview = imports.preview(changed, "clermont-sample.jsonld");
        assertThat(preview.lines().getFirst().outcome()).isEqualTo(ImportOutcome.UPDATED);
        assertThat(preview.count(ImportOutcome.UNCHANGED)).isEqualTo(9);

        assertThat(imports.commit(preview)).isEqualTo(new ImportResult(0, 1, 9, 1));
        var updated = attractions.find(museum.id()).orElseThrow();
        assertThat(updated.descriptionFr()).contains("rénovée");
        assertThat(updated.sourceDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(updated.driveMinutes()).isEqualTo(20);
        assertThat(updated.driveEstimated()).isFalse();
        assertThat(updated.visitMinutes()).isEqualTo(90);
        assertThat(updated.priceLevel()).isEqualTo(PriceLevel.LOW);
        assertThat(updated.monthsOpen()).isEqualTo(EnumSet.range(Month.MARCH, Month.NOVEMBER));
        assertThat(updated.closedDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(updated.openingNotesFr()).isEqualTo("Fermé le lundi");
        assertThat(updated.familyFriendly()).isTrue();
        assertThat(updated.minAge()).isEqualTo(6);
        assertThat(updated.accessible()).isTrue();
        assertThat(updated.indoor()).isTrue();
        assertThat(updated.labels()).containsExactly("QUALITE_TOURISME");
    }

    @Test
    void broken_records_are_rejected_with_their_reasons_and_the_good_ones_can_still_be_imported() {
        var preview = imports.preview(Fixtures.copy("broken-records.jsonld", temp, tag), "broken-records.jsonld");
        assertThat(preview.count(ImportOutcome.NEW)).isEqualTo(2);
        assertThat(preview.count(ImportOutcome.REJECTED)).isEqualTo(12);
        assertThat(preview.lines().get(3).reasons())
                .as("the second point with the first one's @id")
                .containsExactly(ImportReason.of("import.reason.duplicate-id", 1));
        assertThat(preview.lines().get(1).reasons())
                .containsExactly(ImportReason.onField("latitude", "attraction.latitude.range"));

        assertThat(imports.commit(preview)).isEqualTo(new ImportResult(2, 0, 0, 12));
        assertThat(imported())
                .extracting(AttractionDetails::nameFr)
                .containsExactlyInAnyOrder("Musée valide", "Musée aux contacts douteux");
    }

    @Test
    void a_csv_export_is_imported_like_a_json_ld_one() {
        var preview = imports.preview(Fixtures.copy("sample.csv", temp, tag), "sample.csv");
        assertThat(preview.format()).isEqualTo(ImportFormat.CSV);
        assertThat(preview.lines()).extracting(ImportLine::number).containsExactly(2, 4, 5, 6, 7);
        assertThat(preview.lines())
                .extracting(ImportLine::outcome)
                .containsExactly(
                        ImportOutcome.NEW,
                        ImportOutcome.NEW,
                        ImportOutcome.NEW,
                        ImportOutcome.NEW,
                        ImportOutcome.REJECTED);
        assertThat(imports.commit(preview).created()).isEqualTo(4);
        assertThat(imported()).extracting(AttractionDetails::nameFr).contains("Le \"Bouchon\" clermontois");
    }

    @Test
    void a_file_that_cannot_be_read_gives_a_file_level_error_and_nothing_to_commit() {
        for (var name :
                List.of("truncated.jsonld", "latin1.jsonld", "not-utf8.csv", "bad-header.csv", "no-graph.json")) {
            var preview = imports.preview(Fixtures.path(name), name);
            assertThat(preview.fileError()).as(name).isNotNull();
            assertThat(preview.lines()).isEmpty();
            assertThat(preview.committable()).isFalse();
        }
        assertThat(imports.preview(Fixtures.path("latin1.jsonld"), "latin1.jsonld")
                        .fileError())
                .isEqualTo(ImportReason.of("import.file.not-utf8", 37L));
        assertThat(imported()).isEmpty();
    }

    @Test
    void when_the_database_fails_in_the_middle_of_a_commit_nothing_is_written() {
        var preview = imports.preview(Fixtures.copy("clermont-sample.jsonld", temp, tag), "clermont-sample.jsonld");
        // the ninth point cannot be written: the eight before it are already in the transaction
        jdbc.execute("create trigger import_test_failure before insert on attraction for each row begin "
                + "if new.source_uri = '" + Fixtures.prefix(tag) + "a1f2c3d4-0009-4e5f-8a9b-boutique0009' then "
                + "signal sqlstate '45000' set message_text = 'forced failure'; end if; end");
        try {
            assertThatThrownBy(() -> imports.commit(preview))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("forced failure");
        } finally {
            jdbc.execute("drop trigger import_test_failure");
        }
        assertThat(imported()).as("all or nothing").isEmpty();

        assertThat(imports.commit(preview).created())
                .as("the same preview commits once the database is back")
                .isEqualTo(10);
    }

    @Test
    void a_file_changed_after_its_preview_is_not_committed_at_all() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        var preview = imports.preview(file, "clermont-sample.jsonld");
        // the tenth point loses its coordinates: found only once the nine before it are written
        Fixtures.write(
                file,
                Fixtures.text("clermont-sample.jsonld")
                        .replace(Fixtures.BASE, Fixtures.prefix(tag))
                        .replace("\"45.6811\"", "\"\""));

        assertThatThrownBy(() -> imports.commit(preview))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("import.commit.stale"));
        assertThat(imported()).isEmpty();
    }

    @Test
    void only_admins_may_import_or_change_the_mapping() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        var preview = imports.preview(file, "clermont-sample.jsonld");
        for (var role : List.of(AppRoles.DIRECTOR, AppRoles.COUNSELLOR)) {
            TestUsers.as("someone", role, () -> {
                assertDenied(() -> imports.preview(file, "clermont-sample.jsonld"));
                assertDenied(() -> imports.commit(preview));
                assertDenied(() -> imports.mappings());
                assertDenied(() -> imports.saveMapping(
                        new MappingDraft(null, 0, ":Zoo", AttractionCategory.PARK_LEISURE, null, 10)));
                assertDenied(() -> imports.deleteMapping(1, 0));
                assertDenied(() -> attractions.saveAll(List.of()));
                assertDenied(() -> attractions.findBySourceUris(Set.of("x")));
            });
        }
        assertThat(imported()).isEmpty();
    }

    @Test
    @Transactional
    void the_mapping_an_admin_edits_is_used_by_the_next_preview() {
        var file = Fixtures.copy("clermont-sample.jsonld", temp, tag);
        assertThat(imports.preview(file, "x").lines().get(9).category()).isEqualTo(AttractionCategory.PARK_LEISURE);

        var rule = imports.saveMapping(new MappingDraft(
                null,
                0,
                "https://www.datatourisme.fr/ontology/core#PicnicArea",
                AttractionCategory.VOLCANO_NATURAL_SITE,
                "VOLCANOES_NATURE",
                35));
        assertThat(rule.sourceTerm()).as("stored in short form").isEqualTo(":PicnicArea");
        assertThat(imports.mappings()).contains(rule);

        var line = imports.preview(file, "x").lines().get(9);
        assertThat(line.category()).isEqualTo(AttractionCategory.VOLCANO_NATURAL_SITE);
        assertThat(line.reasons()).as("no default category any more").isEmpty();

        var changed = imports.saveMapping(
                new MappingDraft(rule.id(), rule.version(), ":PicnicArea", AttractionCategory.PARK_LEISURE, null, 35));
        assertThat(changed.interestCode()).isNull();
        imports.deleteMapping(changed.id(), changed.version());
        assertThat(imports.mappings()).extracting(MappingRule::sourceTerm).doesNotContain(":PicnicArea");
    }

    @Test
    @Transactional
    void a_wrong_mapping_line_is_refused_with_the_field_it_is_about() {
        assertRefused(
                new MappingDraft(null, 0, "  ", AttractionCategory.MUSEUM, null, 10), "import.mapping.term.required");
        assertRefused(new MappingDraft(null, 0, ":Zoo", null, " ", 10), "import.mapping.target.required");
        assertRefused(
                new MappingDraft(null, 0, ":Zoo", null, "PARAGLIDING_XYZ", 10), "import.mapping.interest.unknown");
        assertRefused(
                new MappingDraft(null, 0, ":Zoo", AttractionCategory.PARK_LEISURE, null, 1000),
                "import.mapping.priority.range");
        assertRefused(
                new MappingDraft(null, 0, "schema:museum", AttractionCategory.PARK_LEISURE, null, 10),
                "import.mapping.term.taken");
        assertRefused(
                new MappingDraft(null, 0, ":" + "x".repeat(200), AttractionCategory.PARK_LEISURE, null, 10),
                "import.mapping.term.too-long");
    }

    private void assertRefused(MappingDraft draft, String key) {
        assertThatThrownBy(() -> imports.saveMapping(draft))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }

    private List<AttractionDetails> imported() {
        var uris = jdbc.queryForList(
                "select source_uri from attraction where source_uri like ?", String.class, Fixtures.prefix(tag) + "%");
        return List.copyOf(attractions.findBySourceUris(uris).values());
    }

    private long interest(String code) {
        return lists.idsByCode(ListKind.INTEREST).get(code);
    }
}
